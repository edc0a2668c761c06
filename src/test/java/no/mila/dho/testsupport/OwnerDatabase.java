package no.mila.dho.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import no.mila.dho.devstack.Database;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A connection as the owner of the test database (the migration role), for the few tests that arrange what the
 * application role may not do (e.g. disable a trigger to plant a row from an earlier version). The service and the
 * injected datasource run as the application role. The test resources publish the owner's login under these keys.
 */
public final class OwnerDatabase {

    static final String URL = "dho.test.owner-jdbc-url";
    static final String USER = "dho.test.owner-user";
    static final String PASSWORD = "dho.test.owner-password";

    private OwnerDatabase() {
    }

    /** The configuration a test resource gives the application for {@code database}: both logins. */
    public static Map<String, String> config(Database database) {
        return Map.of(
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", database.appUser(),
                "quarkus.datasource.password", database.appPassword(),
                "quarkus.flyway.username", database.ownerUser(),
                "quarkus.flyway.password", database.ownerPassword(),
                URL, database.jdbcUrl(),
                USER, database.ownerUser(),
                PASSWORD, database.ownerPassword());
    }

    /** A new connection as the owner of the database the application under test uses. */
    public static Connection connect() throws SQLException {
        Config config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue(URL, String.class), config.getValue(USER, String.class),
                config.getValue(PASSWORD, String.class));
    }
}

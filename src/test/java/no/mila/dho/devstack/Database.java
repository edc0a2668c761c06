package no.mila.dho.devstack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A PostgreSQL database the service runs on, with its two logins: the <em>owner</em> (migration role), which owns
 * the schema and runs Flyway, and the <em>application</em> role, which the service runs with and which can only read
 * and write rows. The embedded server gives both ({@link EmbeddedPostgresServer#database()}); a benchmark can name
 * an external server instead.
 */
public record Database(String jdbcUrl, String appUser, String appPassword, String ownerUser, String ownerPassword) {

    /** A connection as the application role, as the service has. */
    public Connection app() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, appUser, appPassword);
    }

    /** A connection as the owner (migration role): for what only the owner may do (seeding in bulk, VACUUM, DDL). */
    public Connection owner() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, ownerUser, ownerPassword);
    }
}

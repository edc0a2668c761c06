package no.mila.dho.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server's two logins, and the conversion of a data directory where the application role owned all. */
class EmbeddedPostgresServerTest {

    @TempDir
    Path data;

    @Test
    void a_data_directory_of_an_earlier_version_passes_to_the_owner_at_start() throws Exception {
        int port = freePort();
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.persistent(data, port)) {
            Database database = server.database();
            assertThat(database.ownerUser()).isEqualTo("dho_owner").isNotEqualTo(database.appUser());
            // as an earlier version left it: dho owns the database and its tables, and no dho_owner exists
            try (Connection c = database.owner(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE earlier (id INT)");
            }
            try (Connection c = superuser(port, "dho"); Statement s = c.createStatement()) {
                s.execute("ALTER TABLE earlier OWNER TO dho");
                s.execute("ALTER DATABASE dho OWNER TO dho");
                s.execute("DROP ROLE dho_owner");
            }
        }
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.persistent(data, port);
             Connection c = server.database().owner(); Statement s = c.createStatement()) {
            assertThat(one(s, "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = 'dho'"))
                    .isEqualTo("dho_owner");
            assertThat(one(s, "SELECT tableowner FROM pg_tables WHERE tablename = 'earlier'")).isEqualTo("dho_owner");
            try (Connection app = server.database().app(); Statement a = app.createStatement()) {
                assertThatThrownBy(() -> a.execute("DROP TABLE earlier")).isInstanceOf(SQLException.class)
                        .hasMessageContaining("must be owner");
            }
        }
    }

    private static Connection superuser(int port, String database) throws SQLException {
        return java.sql.DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + database, "postgres",
                "postgres");
    }

    private static String one(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

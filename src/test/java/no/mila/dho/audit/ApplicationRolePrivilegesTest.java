package no.mila.dho.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import no.mila.dho.audit.persistence.AccessLogEntity;
import no.mila.dho.testsupport.OwnerDatabase;
import no.mila.dho.testsupport.PatientFixtures;
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The service's login, the application role, reads and writes rows and nothing more (docs/database-roles.md): it
 * cannot drop or disable the access log's append-only triggers, alter, drop or truncate a table, change or delete an
 * access-log row, nor create anything in schema public. Flyway migrated as the owner, which granted these privileges.
 */
@QuarkusTest
class ApplicationRolePrivilegesTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void the_service_runs_as_the_application_role_on_tables_the_owner_migrated_and_owns() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThat(c.getMetaData().getUserName()).isEqualTo("dho");
            assertThat(strings(s, "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'"))
                    .containsExactly("dho_owner");
            assertThat(strings(s, "SELECT DISTINCT installed_by FROM flyway_schema_history")).containsExactly("dho_owner");
        }
    }

    @Test
    void the_application_role_cannot_drop_or_disable_the_append_only_triggers() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            List<String> triggers = strings(s, """
                    SELECT t.tgname || ' ON ' || r.relname FROM pg_trigger t JOIN pg_class r ON r.oid = t.tgrelid
                     WHERE NOT t.tgisinternal AND r.relnamespace = 'public'::regnamespace""");
            assertThat(triggers).contains("access_log_append_only ON access_log");
            for (String trigger : triggers) {
                String table = trigger.substring(trigger.indexOf(" ON ") + 4);
                String name = trigger.substring(0, trigger.indexOf(" ON "));
                refused(s, "ALTER TABLE " + table + " DISABLE TRIGGER " + name, "must be owner of table " + table);
                refused(s, "DROP TRIGGER " + trigger, "must be owner of relation " + table);
            }
            refused(s, "ALTER TABLE access_log DISABLE TRIGGER ALL", "must be owner of table access_log");
            refused(s, "SET session_replication_role = replica", "permission denied to set parameter");
            refused(s, "DROP FUNCTION refuse_change_of_append_only() CASCADE", "must be owner of function");
        }
    }

    @Test
    void the_application_role_cannot_alter_drop_or_truncate_any_table() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            List<String> tables = strings(s, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'");
            assertThat(tables).contains("access_log", "patient", "report", "flyway_schema_history");
            for (String table : tables) {
                refused(s, "ALTER TABLE " + table + " ADD COLUMN intruder INT", "must be owner of table " + table);
                refused(s, "DROP TABLE " + table + " CASCADE", "must be owner of table " + table);
                refused(s, "TRUNCATE " + table + " CASCADE", "permission denied for table");
            }
        }
    }

    @Test
    void the_access_log_takes_rows_but_refuses_every_update_and_delete() throws SQLException {
        given().auth().oauth2(Tokens.nurse()).get("/api/patients").then().statusCode(200);
        assertThat(AccessLogEntity.count()).isPositive();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // refused by the missing privilege, before any trigger runs
            refused(s, "UPDATE access_log SET outcome = 'ALLOWED'", "permission denied for table access_log");
            refused(s, "DELETE FROM access_log", "permission denied for table access_log");
            // the other trails: the role may write rows, the trigger refuses the change
            refused(s, "DELETE FROM episode_transition", "append-only");
        }
        try (Connection c = OwnerDatabase.connect(); Statement s = c.createStatement()) {
            refused(s, "UPDATE access_log SET outcome = 'ALLOWED'", "append-only");
        }
    }

    @Test
    void the_application_role_cannot_create_anything_in_schema_public() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            refused(s, "CREATE TABLE intruder (id INT)", "permission denied for schema public");
            refused(s, "CREATE VIEW intruder AS SELECT * FROM access_log", "permission denied for schema public");
            refused(s, "CREATE FUNCTION intruder() RETURNS INT LANGUAGE sql AS 'SELECT 1'",
                    "permission denied for schema public");
        }
    }

    @Test
    void the_application_role_reads_and_writes_the_rows_of_every_table_and_uses_every_sequence() throws SQLException {
        String patient = PatientFixtures.registerPatient("3209");
        given().auth().oauth2(Tokens.nurse()).get("/api/patients/" + patient).then().statusCode(200);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            List<String> tables = strings(s, """
                    SELECT c.relname || ' ' || has_table_privilege(c.oid, 'SELECT') || has_table_privilege(c.oid, 'INSERT')
                           || has_table_privilege(c.oid, 'UPDATE') || has_table_privilege(c.oid, 'DELETE')
                      FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'v')""");
            assertThat(tables).contains("access_log truetruefalsefalse", "flyway_schema_history truefalsefalsefalse",
                    "patient truetruetruetrue", "patient_episode_view truetruetruetrue");
            assertThat(tables).filteredOn(t -> !t.startsWith("access_log ") && !t.startsWith("flyway_schema_history "))
                    .allMatch(t -> t.endsWith(" truetruetruetrue"));
            assertThat(strings(s, """
                    SELECT c.relname FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'S'
                       AND NOT (has_sequence_privilege(c.oid, 'USAGE') AND has_sequence_privilege(c.oid, 'SELECT'))"""))
                    .as("sequences the application role cannot use").isEmpty();
        }
    }

    private static void refused(Statement s, String sql, String reason) {
        assertThatThrownBy(() -> s.execute(sql)).as(sql).isInstanceOf(SQLException.class).hasMessageContaining(reason);
    }

    private static List<String> strings(Statement s, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}

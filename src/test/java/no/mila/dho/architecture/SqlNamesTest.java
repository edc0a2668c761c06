package no.mila.dho.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.mila.dho.architecture.SqlNames.Name;
import no.mila.dho.architecture.SqlNames.Use;
import org.junit.jupiter.api.Test;

/** The scanner behind {@link SqlOwnershipTest}: it must find every table and nothing that is not one. */
class SqlNamesTest {

    private static List<Name> names(String sql) {
        return SqlNames.in(sql);
    }

    @Test
    void a_text_block_with_ctes_names_only_the_tables_not_the_ctes() {
        List<JavaStrings.Literal> literals = JavaStrings.of("""
                class Q {
                    private static final String KEYS = \"""
                            WITH worst AS (
                                SELECT DISTINCT ON (a.patient_id) a.id FROM alert a WHERE a.status <> 'CLOSED'
                            ), items AS (
                                SELECT w.id FROM worst w
                                UNION ALL
                                SELECT t.id FROM follow_up_task t WHERE EXISTS (SELECT 1 FROM episode e WHERE e.id = t.episode_id)
                            )
                            SELECT i.id FROM items i JOIN patient p ON p.id = i.patient_id\""";
                }
                """);
        assertThat(literals).hasSize(1);
        assertThat(literals.get(0).line()).isEqualTo(2);
        assertThat(names(literals.get(0).text())).containsExactly(new Name("alert", Use.READ),
                new Name("follow_up_task", Use.READ), new Name("episode", Use.READ), new Name("patient", Use.READ));
    }

    @Test
    void a_concatenated_string_is_read_as_one() {
        List<JavaStrings.Literal> literals = JavaStrings.of("""
                String sql = "SELECT id FROM " // the table comes next
                        + "alert WHERE id = ?" + where;
                char quote = '"'; // "FROM patient" in a comment is no SQL
                """);
        assertThat(literals).extracting(JavaStrings.Literal::text).containsExactly("SELECT id FROM alert WHERE id = ?");
        assertThat(names(literals.get(0).text())).containsExactly(new Name("alert", Use.READ));
    }

    @Test
    void inserts_through_ctes_and_unnest_name_only_the_written_tables() {
        assertThat(names("""
                WITH r AS (
                    INSERT INTO report (id, patient_id) VALUES (?, ?)
                    ON CONFLICT (patient_id, client_report_id) DO NOTHING RETURNING id, patient_id
                ), m AS (
                    INSERT INTO measurement (id, report_id, type)
                    SELECT x.id, r.id, x.type FROM r, unnest(?::uuid[], ?::text[]) AS x(id, type)
                )
                SELECT count(*) FROM r""")).containsExactly(new Name("report", Use.WRITE),
                new Name("measurement", Use.WRITE));
    }

    @Test
    void upserts_row_locks_and_distinct_from_are_no_tables() {
        assertThat(names("INSERT INTO cadence_check (patient_id, checked_on) VALUES (?, ?) "
                + "ON CONFLICT (patient_id) DO UPDATE SET checked_on = excluded.checked_on"))
                .containsExactly(new Name("cadence_check", Use.WRITE));
        assertThat(names("SELECT id FROM follow_up_task WHERE pathway IS DISTINCT FROM :p FOR UPDATE SKIP LOCKED"))
                .containsExactly(new Name("follow_up_task", Use.READ));
        assertThat(names("SELECT extract(epoch FROM m.measured_at), substring(x FROM 1) FROM public.measurement m"))
                .containsExactly(new Name("measurement", Use.READ));
    }

    @Test
    void updates_deletes_and_table_lists_are_found() {
        assertThat(names("UPDATE alert a SET status = 'CLOSED' FROM follow_up_task t WHERE t.id = a.id"))
                .containsExactly(new Name("alert", Use.WRITE), new Name("follow_up_task", Use.READ));
        assertThat(names("delete from gp_message_flag where patient_id = ?"))
                .containsExactly(new Name("gp_message_flag", Use.WRITE));
        assertThat(names("SELECT 1 FROM patient p, episode e LEFT JOIN LATERAL (SELECT 1 FROM alert) z ON true"))
                .containsExactly(new Name("patient", Use.READ), new Name("episode", Use.READ),
                        new Name("alert", Use.READ));
        assertThat(names("TRUNCATE TABLE worklist_event, follow_up_task"))
                .containsExactly(new Name("worklist_event", Use.WRITE), new Name("follow_up_task", Use.WRITE));
    }

    @Test
    void comments_quoted_texts_and_jpql_paths_are_no_tables() {
        assertThat(names("""
                SELECT 'FROM alert' AS x -- FROM report
                  FROM CarePlanEntity p JOIN p.items i /* JOIN measurement */ WHERE p.status = 'JOIN episode'""")
        ).containsExactly(new Name("careplanentity", Use.READ));
    }
}

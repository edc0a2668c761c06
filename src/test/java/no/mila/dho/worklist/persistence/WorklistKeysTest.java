package no.mila.dho.worklist.persistence;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import no.mila.dho.patient.domain.EpisodeState;
import no.mila.dho.shared.time.ClockProducer;
import no.mila.dho.testsupport.PatientFixtures;
import no.mila.dho.testsupport.TaskFixtures;
import no.mila.dho.testsupport.Tokens;
import no.mila.dho.worklist.domain.Level;
import no.mila.dho.worklist.domain.TaskType;
import org.junit.jupiter.api.Test;

/**
 * The worklist's keys, built level by level and stopping after the page, are exactly those of the plain query they
 * replaced (every patient's worst open alert by {@code DISTINCT ON}, the unread message threads and the tasks due, all
 * sorted, then cut): for every filter, holder, page and page size, and for the counts per level. The data is random
 * with a fixed seed (red, yellow and green reports, claims by two nurses, tasks due and not yet due, unread messages,
 * two municipalities), on top of what the other tests left in the database.
 */
@QuarkusTest
class WorklistKeysTest {

    /** The worklist's query before it was split into branches (issue 16), kept here as the reference. */
    private static final String REFERENCE = """
            WITH worst AS (
                SELECT DISTINCT ON (a.patient_id) a.patient_id, a.alert_id, a.zone_rank, a.received_at,
                       a.claimed_by_subject
                  FROM open_alert_view a
                 ORDER BY a.patient_id, a.zone_rank, a.received_at, a.alert_id
            ), items AS (
                SELECT 'ALERT' AS kind, w.alert_id AS id, CASE w.zone_rank WHEN 0 THEN 0 WHEN 1 THEN 2 ELSE 4 END AS level,
                       w.patient_id, w.received_at AS sort_at, w.claimed_by_subject, NULL AS task_type
                  FROM worst w
                UNION ALL
                SELECT 'MESSAGE', m.thread_id, 1, m.patient_id, m.oldest_unread_at, NULL, NULL
                  FROM unread_patient_message_view m
                UNION ALL
                SELECT 'TASK', t.id, 3, t.patient_id, t.due_date::timestamptz, t.claimed_by_subject, t.type
                  FROM follow_up_task t
                 WHERE t.status <> 'CLOSED' AND t.due_date <= :today
                   AND EXISTS (SELECT 1 FROM episode_view e WHERE e.episode_id = t.episode_id
                                  AND e.episode_state = ANY(:open))
            )
            SELECT %s FROM items i %s WHERE 1 = 1 %s %s""";

    private static final LocalDate TODAY = ClockProducer.today(java.time.Clock.systemUTC());
    private static final String NURSE_A = "keys-nurse-a-" + UUID.randomUUID();
    private static final String NURSE_B = "keys-nurse-b-" + UUID.randomUUID();

    @Inject
    WorklistKeys keys;

    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void the_keys_and_counts_are_those_of_the_plain_query_for_every_filter_page_and_size() throws Exception {
        seed(new Random(16));
        List<WorklistKeys.Criteria> criteria = new ArrayList<>();
        for (String holder : new String[] {null, NURSE_A, "unassigned"}) {
            for (String municipality : new String[] {null, "3209"}) {
                String h = "unassigned".equals(holder) ? null : holder;
                boolean unassigned = "unassigned".equals(holder);
                criteria.add(new WorklistKeys.Criteria(municipality, null, null, null, h, unassigned));
                criteria.add(new WorklistKeys.Criteria(municipality, "COPD", null, null, h, unassigned));
                criteria.add(new WorklistKeys.Criteria(municipality, "HEART_FAILURE", null, null, h, unassigned));
                for (Level alertLevel : List.of(Level.RED, Level.YELLOW, Level.GREEN)) {
                    criteria.add(new WorklistKeys.Criteria(municipality, null, alertLevel, null, h, unassigned));
                }
                criteria.add(new WorklistKeys.Criteria(municipality, null, null, TaskType.NO_REPORTS, h, unassigned));
                criteria.add(new WorklistKeys.Criteria(municipality, null, Level.RED, TaskType.NO_REPORTS, h,
                        unassigned));
            }
        }
        QuarkusTransaction.requiringNew().run(() -> {
            for (WorklistKeys.Criteria c : criteria) {
                Map<Level, Long> counts = referenceCounts(c);
                assertThat(keys.counts(c, TODAY)).as("counts of %s", c).isEqualTo(counts);
                long total = counts.values().stream().mapToLong(Long::longValue).sum();
                List<WorklistKeys.Key> all = referencePage(c, 0, (int) Math.max(total, 1));
                assertThat(all).hasSize((int) total);
                for (int size : new int[] {1, 3, 7, 100}) {
                    for (int page = 0; (long) page * size <= total && page < 30; page++) {
                        int from = Math.min(page * size, all.size());
                        assertThat(keys.page(c, TODAY, page, size)).as("page %d of size %d of %s", page, size, c)
                                .containsExactlyElementsOf(all.subList(from, Math.min(from + size, all.size())));
                    }
                }
            }
        });
    }

    /** Patients with random reports, claims, tasks and messages. */
    private void seed(Random random) throws Exception {
        int[] spo2 = {96, 90, 80};
        for (int p = 0; p < 10; p++) {
            String[] patient = PatientFixtures.allocatedPatient(p % 2 == 0 ? "3209" : "3228", "COPD");
            String login = PatientFixtures.linkLogin(patient[0]);
            int reports = random.nextInt(5);
            for (int r = 0; r < reports; r++) {
                String alert = report(login, spo2[random.nextInt(3)]);
                int claim = random.nextInt(4);
                if (claim < 2) {
                    given().auth().oauth2(Tokens.nurse(claim == 0 ? NURSE_A : NURSE_B))
                            .post("/api/alerts/" + alert + "/claim").then().statusCode(200);
                }
            }
            int tasks = random.nextInt(3);
            boolean noReportsFirst = random.nextBoolean();
            for (int t = 0; t < tasks; t++) { // one open task of a type per patient
                String task = task(patient[0], noReportsFirst == (t == 0) ? "NO_REPORTS" : "MONTHLY_CONTACT",
                        TODAY.plusDays(random.nextInt(6) - 3));
                int claim = random.nextInt(4);
                if (claim < 2) {
                    given().auth().oauth2(Tokens.nurse(claim == 0 ? NURSE_A : NURSE_B))
                            .post("/api/tasks/" + task + "/claim").then().statusCode(200);
                }
            }
            if (random.nextInt(3) == 0) {
                given().auth().oauth2(Tokens.patient(login)).contentType(ContentType.JSON)
                        .body(Map.of("subject", "Spørsmål", "text", "Hei")).post("/api/me/messages")
                        .then().statusCode(201);
            }
        }
    }

    private String report(String login, int spo2) throws Exception {
        String reportId = UUID.randomUUID().toString();
        given().auth().oauth2(Tokens.patient(login)).contentType(ContentType.JSON)
                .body(Map.of("reportId", reportId,
                        "measuredAt", OffsetDateTime.now(ZoneOffset.UTC).withNano(0).toString(),
                        "spo2", Map.of("value", spo2, "unit", "%")))
                .post("/api/me/reports").then().statusCode(201);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT a.id FROM alert a JOIN report r ON r.id = a.report_id WHERE r.client_report_id = ?::uuid")) {
            s.setString(1, reportId);
            try (var r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }

    private String task(String patientId, String type, LocalDate due) throws Exception {
        return new TaskFixtures(dataSource).task(patientId, type, due);
    }

    @SuppressWarnings("unchecked")
    private List<WorklistKeys.Key> referencePage(WorklistKeys.Criteria c, int page, int size) {
        List<Tuple> rows = reference(c, "i.kind AS kind, i.id AS id, i.level AS level, i.patient_id AS patient_id",
                "ORDER BY i.level, i.sort_at, i.id LIMIT :limit OFFSET :offset")
                .setParameter("limit", size).setParameter("offset", page * size).getResultList();
        return rows.stream().map(WorklistKeys.Key::of).toList();
    }

    @SuppressWarnings("unchecked")
    private Map<Level, Long> referenceCounts(WorklistKeys.Criteria c) {
        Map<Level, Long> counts = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            counts.put(level, 0L);
        }
        List<Tuple> rows = reference(c, "i.level AS level, count(*) AS lines", "GROUP BY i.level").getResultList();
        rows.forEach(t -> counts.put(Level.values()[t.get("level", Number.class).intValue()],
                t.get("lines", Number.class).longValue()));
        return counts;
    }

    private Query reference(WorklistKeys.Criteria criteria, String select, String tail) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("today", Date.valueOf(TODAY));
        params.put("open", EpisodeState.openNames());
        StringBuilder joins = new StringBuilder();
        StringBuilder where = new StringBuilder();
        if (criteria.municipality() != null) {
            joins.append(" JOIN patient_responsibility_view p ON p.patient_id = i.patient_id");
            where.append(" AND p.municipality = :municipality");
            params.put("municipality", criteria.municipality());
        }
        if (criteria.pathway() != null) {
            joins.append(" JOIN episode_view e ON e.patient_id = i.patient_id AND e.episode_state = ANY(:open)");
            where.append(" AND e.pathway = :pathway");
            params.put("pathway", criteria.pathway());
        }
        if (criteria.alertLevel() != null) {
            where.append(" AND i.kind = 'ALERT' AND i.level = :alertLevel");
            params.put("alertLevel", criteria.alertLevel().ordinal());
        }
        if (criteria.taskType() != null) {
            where.append(" AND i.task_type = :taskType");
            params.put("taskType", criteria.taskType().name());
        }
        if (criteria.holder() != null) {
            where.append(" AND i.claimed_by_subject = :holder");
            params.put("holder", criteria.holder());
        } else if (criteria.unassigned()) {
            where.append(" AND i.claimed_by_subject IS NULL");
        }
        Query query = em.createNativeQuery(String.format(REFERENCE, select, joins, where, tail), Tuple.class);
        params.forEach(query::setParameter);
        return query;
    }
}

package no.mila.dho.measurement.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A new report's access-log row is written by the report's own statement (same transaction as the report row), and
 * the filter writes none for that request; every other outcome of the report endpoints is logged once by the filter.
 */
@QuarkusTest
class ReportAccessLogOnceApiTest {

    @Inject
    AgroalDataSource dataSource;

    /** A row of the access log, with the id of the transaction that wrote it. */
    record Row(String entryId, String xmin, String actor, String role, UUID patient, String action, String resource,
               String outcome, int status, String requestId) {
    }

    private List<Row> rows(String requestId) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                SELECT entry_id, xmin::text AS x, actor_subject, actor_role, patient_id, action, resource, outcome,
                    http_status, request_id FROM access_log WHERE request_id = ? ORDER BY id""")) {
            s.setString(1, requestId);
            List<Row> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new Row(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getObject(5, UUID.class), r.getString(6), r.getString(7), r.getString(8), r.getInt(9),
                            r.getString(10)));
                }
            }
            return rows;
        }
    }

    private String reportXmin(UUID clientReportId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT xmin::text FROM report WHERE client_report_id = ?")) {
            s.setObject(1, clientReportId);
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).as("the report is stored").isTrue();
                return r.getString(1);
            }
        }
    }

    private long reports(UUID clientReportId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM report WHERE client_report_id = ?")) {
            s.setObject(1, clientReportId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static int send(String login, Map<String, Object> body, String requestId) {
        return given().auth().oauth2(Tokens.patient(login)).header("X-Request-Id", requestId).contentType(ContentType.JSON)
                .body(body).when().post("/api/me/reports").then().extract().statusCode();
    }

    private static Map<String, Object> report(UUID id) {
        Map<String, Object> body = ReportApiTest.report(id, OffsetDateTime.now(ZoneOffset.ofHours(1)).withNano(0));
        body.put("pulse", ReportApiTest.quantity(70, "/min"));
        return body;
    }

    private static String requestId() {
        return "once-" + UUID.randomUUID();
    }

    @Test
    void a_new_report_is_logged_once_in_its_own_transaction_and_its_retry_once_by_the_filter() throws SQLException {
        String[] p = ReportApiTest.patientInFollowUp("COPD");
        UUID patient = UUID.fromString(p[0]);
        UUID id = UUID.randomUUID();
        Map<String, Object> body = report(id);

        String first = requestId();
        assertThat(send(p[1], body, first)).isEqualTo(201);
        Row row = rows(first).stream().reduce((a, b) -> {
            throw new AssertionError("more than one row for one request");
        }).orElseThrow(() -> new AssertionError("no row for the request"));
        assertThat(row).isEqualTo(new Row(row.entryId(), row.xmin(), p[1], "patient", patient, "CREATE",
                "report POST /api/me/reports", "ALLOWED", 201, first));
        assertThat(row.xmin()).as("written in the report's own transaction").isEqualTo(reportXmin(id));

        String retry = requestId();
        assertThat(send(p[1], body, retry)).isEqualTo(201);
        assertThat(rows(retry)).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo("ALLOWED");
            assertThat(r.status()).isEqualTo(201);
            assertThat(r.patient()).isEqualTo(patient);
            assertThat(r.xmin()).as("the retry's row is the filter's").isNotEqualTo(reportXmin(id));
        });

        String reused = requestId();
        Map<String, Object> other = new java.util.HashMap<>(body);
        other.put("pulse", ReportApiTest.quantity(71, "/min"));
        assertThat(send(p[1], other, reused)).isEqualTo(422);
        assertThat(rows(reused)).singleElement().satisfies(r -> assertThat(r.outcome()).isEqualTo("FAILED"));
        assertThat(reports(id)).isEqualTo(1);
    }

    @Test
    void refusals_and_invalid_reports_are_logged_once_by_the_filter() throws SQLException {
        String[] p = ReportApiTest.patientInFollowUp("COPD");
        Map<String, Object> body = report(UUID.randomUUID());

        String anonymous = requestId();
        // (a 401 is logged where the path names a patient: UnauthenticatedAccessLog)
        given().header("X-Request-Id", anonymous).contentType(ContentType.JSON).body(body)
                .post("/api/patients/" + p[0] + "/reports").then().statusCode(401);
        assertThat(rows(anonymous)).singleElement().satisfies(r -> assertThat(r.outcome()).isEqualTo("DENIED"));

        String nurse = requestId();
        given().auth().oauth2(Tokens.nurse()).header("X-Request-Id", nurse).contentType(ContentType.JSON).body(body)
                .post("/api/me/reports").then().statusCode(403);
        assertThat(rows(nurse)).singleElement().satisfies(r -> assertThat(r.outcome()).isEqualTo("DENIED"));

        String unlinked = requestId();
        assertThat(send("nobody-" + UUID.randomUUID(), body, unlinked)).isEqualTo(404);
        assertThat(rows(unlinked)).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(404));

        String invalid = requestId();
        Map<String, Object> wrong = new java.util.HashMap<>(body);
        wrong.put("measuredAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(2).withNano(0).toString());
        assertThat(send(p[1], wrong, invalid)).isEqualTo(400);
        assertThat(rows(invalid)).singleElement().satisfies(r -> assertThat(r.outcome()).isEqualTo("FAILED"));
    }

    @Test
    void a_report_entered_on_the_patients_behalf_is_logged_once_in_its_own_transaction() throws SQLException {
        String[] p = ReportApiTest.patientInFollowUp("COPD");
        UUID id = UUID.randomUUID();
        Map<String, Object> body = report(id);
        body.put("note", "Measured at the home visit");
        String requestId = requestId();
        given().auth().oauth2(Tokens.nurse()).header("X-Request-Id", requestId).contentType(ContentType.JSON).body(body)
                .post("/api/patients/" + p[0] + "/reports").then().statusCode(201);
        assertThat(rows(requestId)).singleElement().satisfies(r -> {
            assertThat(r.actor()).isEqualTo("nurse-1");
            assertThat(r.patient()).isEqualTo(UUID.fromString(p[0]));
            assertThat(r.resource()).isEqualTo("report POST /api/patients/" + p[0] + "/reports");
            assertThat(r.xmin()).isEqualTo(reportXmin(id));
        });
    }

    @Test
    void a_concurrent_duplicate_pair_is_two_requests_two_rows_one_report() throws Exception {
        String[] p = ReportApiTest.patientInFollowUp("HEART_FAILURE");
        UUID id = UUID.randomUUID();
        Map<String, Object> body = report(id);
        String a = requestId();
        String b = requestId();
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> await(start, () -> send(p[1], body, a)));
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> await(start, () -> send(p[1], body, b)));
        start.countDown();
        assertThat(first.get()).isEqualTo(201);
        assertThat(second.get()).isEqualTo(201);
        assertThat(reports(id)).isEqualTo(1);
        assertThat(rows(a)).hasSize(1);
        assertThat(rows(b)).hasSize(1);
        assertThat(List.of(rows(a).get(0).xmin(), rows(b).get(0).xmin())).as("one of the two in the report's transaction")
                .contains(reportXmin(id));
    }

    private static int await(CountDownLatch start, java.util.function.IntSupplier request) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return request.getAsInt();
    }
}

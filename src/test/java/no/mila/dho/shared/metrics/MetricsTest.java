package no.mila.dho.shared.metrics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.mila.dho.audit.application.AccessLogReplay;
import no.mila.dho.shared.jobs.Job;
import no.mila.dho.testsupport.AlertFixtures;
import no.mila.dho.testsupport.PatientFixtures;
import no.mila.dho.testsupport.Tokens;
import no.mila.dho.worklist.application.IdleClaimJob;
import org.junit.jupiter.api.Test;

/** The domain metrics of docs/observability.md, with the names the dashboard and the alert rules use. */
@QuarkusTest
class MetricsTest {

    private static final Map<String, String> COPD_RED = Map.of("pathway", "COPD", "zone", "RED");

    @Inject
    MetricsRefreshJob refresh;

    @Inject
    AgroalDataSource dataSource;

    private static int postRedReport(String login, String reportId) {
        return postRedReport(login, reportId, Instant.now().minusSeconds(5));
    }

    private static int postRedReport(String login, String reportId, Instant measuredAt) {
        return given().auth().oauth2(Tokens.patient(login)).contentType(ContentType.JSON)
                .body(Map.of("reportId", reportId, "measuredAt", measuredAt.toString(),
                        "spo2", Map.of("value", 80, "unit", "%")))
                .post("/api/me/reports").then().extract().statusCode();
    }

    @Test
    void a_stored_report_is_counted_once_not_for_its_retry_and_both_are_timed() {
        String patient = PatientFixtures.allocatedPatient("3209", "COPD")[0];
        String login = PatientFixtures.linkLogin(patient);
        String reportId = UUID.randomUUID().toString();
        Scrape before = Scrape.now();

        Instant measuredAt = Instant.now().minusSeconds(5);
        assertThat(postRedReport(login, reportId, measuredAt)).isEqualTo(201);
        assertThat(postRedReport(login, reportId, measuredAt)).as("the retry gets the stored answer").isEqualTo(201);

        Scrape after = Scrape.now();
        assertThat(after.value("dho_reports_received_total", COPD_RED)
                - before.value("dho_reports_received_total", COPD_RED)).isEqualTo(1.0);
        Map<String, String> patientSuccess = Map.of("channel", "PATIENT", "outcome", "SUCCESS");
        assertThat(after.value("dho_report_ingestion_seconds_count", patientSuccess)
                - before.value("dho_report_ingestion_seconds_count", patientSuccess)).isEqualTo(2.0);
        assertThat(after.value("dho_report_evaluation_seconds_count", Map.of())
                - before.value("dho_report_evaluation_seconds_count", Map.of())).isEqualTo(2.0);
        assertThat(after.labelValues("dho_report_ingestion_seconds_bucket", "le")).contains("0.025", "0.1", "+Inf");
        assertThat(after.labelValues("dho_report_evaluation_seconds_bucket", "le")).contains("0.025", "+Inf");
        assertThat(after.labelValues("http_server_requests_seconds_bucket", "le")).contains("0.05", "0.25", "+Inf");
        assertThat(after.of("http_server_requests_seconds_bucket",
                Map.of("method", "POST", "uri", "/api/me/reports", "status", "201"))).isNotEmpty();
    }

    @Test
    void the_refresh_job_reads_open_alerts_the_oldest_red_one_and_the_worklist_from_the_database() throws Exception {
        AlertFixtures alerts = new AlertFixtures(dataSource);
        String alert = alerts.redAlert();
        alerts.sql("UPDATE alert SET received_at = now() - interval '3 days' WHERE id = ?::uuid", alert);

        assertThat(refresh.refresh()).isTrue();

        Scrape scrape = Scrape.now();
        assertThat(scrape.value("dho_alerts_open", Map.of("zone", "RED"))).isGreaterThanOrEqualTo(1);
        assertThat(scrape.labelValues("dho_alerts_open", "zone")).containsExactlyInAnyOrder("RED", "YELLOW", "GREEN");
        assertThat(scrape.value("dho_alerts_oldest_open_red_age_seconds", Map.of()))
                .isGreaterThanOrEqualTo(3 * 24 * 3600 - 60);
        // three days hold at least one working day's opening hours (6 h), and never more than 3 of them
        assertThat(scrape.value("dho_alerts_oldest_open_red_working_seconds", Map.of()))
                .isBetween(0.0, 3 * 6 * 3600.0 + 60);
        assertThat(scrape.value("dho_worklist_items", Map.of("level", "RED"))).isGreaterThanOrEqualTo(1);
        assertThat(scrape.labelValues("dho_worklist_items", "level"))
                .containsExactlyInAnyOrder("RED", "MESSAGE", "YELLOW", "TASK", "GREEN");
        assertThat(scrape.labelValues("dho_outbox_messages", "state")).isNotEmpty();
        assertThat(scrape.value("dho_job_last_success_timestamp_seconds", Map.of("job", "metrics-refresh")))
                .isGreaterThan(Instant.now().minusSeconds(600).getEpochSecond());
    }

    @Inject
    AccessLogReplay replay;

    @Inject
    IdleClaimJob idleClaims;

    @Test
    void a_job_that_ran_to_its_end_records_when() {
        long before = Instant.now().getEpochSecond();
        replay.replay();
        idleClaims.run(Instant.now());
        Scrape scrape = Scrape.now();
        for (Job job : new Job[] {Job.ACCESS_LOG_REPLAY, Job.HANDOVER_IDLE_RELEASE}) {
            assertThat(scrape.value("dho_job_last_success_timestamp_seconds", Map.of("job", job.label())))
                    .as(job.label()).isGreaterThanOrEqualTo(before);
        }
    }

    @Test
    void every_job_has_its_last_success_gauge_from_start_up() {
        Scrape scrape = Scrape.now();
        for (Job job : Job.values()) {
            assertThat(scrape.of("dho_job_last_success_timestamp_seconds", Map.of("job", job.label())))
                    .as(job.label()).hasSize(1);
        }
    }

    /** The dashboard in monitoring/grafana draws only metrics the service exposes (after a report and a refresh). */
    @Test
    void the_grafana_dashboard_uses_only_metrics_the_service_exposes() throws Exception {
        String patient = PatientFixtures.allocatedPatient("3209", "COPD")[0];
        assertThat(postRedReport(PatientFixtures.linkLogin(patient), UUID.randomUUID().toString())).isEqualTo(201);
        refresh.refresh();
        Set<String> exposed = Scrape.now().names();

        Set<String> used = GrafanaDashboard.read(Path.of("monitoring/grafana/dho-backend.json")).metricNames();

        assertThat(used).isNotEmpty().contains("dho_reports_received_total", "dho_report_ingestion_seconds_bucket",
                "dho_report_evaluation_seconds_bucket", "dho_alerts_open", "dho_alerts_oldest_open_red_age_seconds",
                "dho_alerts_oldest_open_red_working_seconds", "dho_worklist_items",
                "dho_job_last_success_timestamp_seconds", "dho_outbox_messages", "http_server_requests_seconds_bucket",
                "jvm_memory_used_bytes", "agroal_active_count");
        assertThat(exposed).containsAll(used);
    }
}

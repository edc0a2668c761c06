package no.mila.dho.ops.chart;

import static no.mila.dho.ops.chart.ChartPortsTest.map;
import static no.mila.dho.ops.chart.ChartPortsTest.single;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The PrometheusRule of the production values: the alerts of issue 16 on the service's metric names. */
class ChartAlertsTest {

    static final Set<String> RULE_FIELDS = Set.of("alert", "expr", "for", "labels", "annotations");
    static final List<String> JOBS = List.of("cadence", "episode-ending", "handover-idle-release", "day-14-summary",
            "outbox-delivery", "benefit-reminder", "access-log-replay", "metrics-refresh");
    static final String SCRAPED = "namespace=\"dho\",job=\"" + Chart.FULLNAME + "-management\"";

    private final List<Map<String, Object>> rules = rules();

    @Test
    void every_rule_is_well_formed_with_a_severity_and_a_summary() {
        assertThat(rules).isNotEmpty().allSatisfy(rule -> {
            assertThat(rule.keySet()).isSubsetOf(RULE_FIELDS).contains("alert", "expr", "labels", "annotations");
            assertThat(map(rule.get("labels")).get("severity")).isIn("critical", "warning");
            assertThat(map(rule.get("annotations"))).containsKeys("summary", "description");
            assertThat((String) rule.get("expr")).contains(SCRAPED.substring(0, 16));
        });
    }

    @Test
    void a_red_alert_open_longer_than_two_working_hours_is_critical() {
        Map<String, Object> rule = alert("DhoRedAlertOpenTooLong");
        assertThat(rule.get("expr")).isEqualTo(
                "max(dho_alerts_oldest_open_red_working_seconds{" + SCRAPED + "}) > 7200");
        assertThat(map(rule.get("labels"))).containsEntry("severity", "critical");
    }

    @Test
    void each_job_has_a_did_not_run_alert_with_a_window_fitting_its_schedule() {
        Map<String, Integer> windows = Map.of("cadence", 93600, "day-14-summary", 93600, "benefit-reminder", 93600,
                "episode-ending", 93600, "outbox-delivery", 300, "handover-idle-release", 1800,
                "access-log-replay", 600, "metrics-refresh", 300);
        List<Map<String, Object>> notRun = rules.stream()
                .filter(r -> "DhoJobDidNotRun".equals(r.get("alert"))).toList();
        assertThat(notRun).extracting(r -> map(r.get("labels")).get("dho_job"))
                .containsExactlyInAnyOrderElementsOf(JOBS);
        notRun.forEach(rule -> {
            String job = (String) map(rule.get("labels")).get("dho_job");
            assertThat((String) rule.get("expr"))
                    .contains("dho_job_last_success_timestamp_seconds{" + SCRAPED + ",exported_job=\"" + job + "\"}) > "
                            + windows.get(job) + ")")
                    .contains("process_start_time_seconds");
        });
    }

    @Test
    void failed_outbox_messages_readiness_server_errors_and_slow_reports_alert() {
        assertThat((String) alert("DhoOutboxMessagesFailed").get("expr"))
                .isEqualTo("max(dho_outbox_messages{" + SCRAPED + ",state=\"FAILED\"}) > 0");
        assertThat((String) alert("DhoNoReplicaReady").get("expr"))
                .contains("kube_deployment_status_replicas_available");
        assertThat((String) alert("DhoReplicasNotReady").get("expr")).contains("kube_deployment_spec_replicas");
        assertThat((String) alert("DhoDown").get("expr")).isEqualTo("absent(up{" + SCRAPED + "} == 1)");
        assertThat((String) alert("DhoHighServerErrorRate").get("expr"))
                .contains("http_server_requests_seconds_count{" + SCRAPED + ",status=~\"5..\"").contains("> 0.05");
        assertThat((String) alert("DhoReportIngestionSlow").get("expr"))
                .contains("histogram_quantile(0.99,")
                .contains("http_server_requests_seconds_bucket{" + SCRAPED
                        + ",method=\"POST\",uri=\"/api/me/reports\"}");
    }

    private Map<String, Object> alert(String name) {
        return single(rules.stream().filter(r -> name.equals(r.get("alert"))).toList());
    }

    private static List<Map<String, Object>> rules() {
        GenericKubernetesResource rule = single(Chart.production().custom("PrometheusRule"));
        assertThat(rule.getApiVersion()).isEqualTo("monitoring.coreos.com/v1");
        Map<String, Object> spec = map(rule.getAdditionalProperties().get("spec"));
        assertThat(spec.keySet()).containsExactly("groups");
        return ((List<?>) spec.get("groups")).stream().map(ChartPortsTest::map)
                .peek(group -> assertThat(group.keySet()).isSubsetOf(Set.of("name", "rules", "interval")))
                .flatMap(group -> ((List<?>) group.get("rules")).stream().map(ChartPortsTest::map)).toList();
    }
}

package no.mila.dho.ops.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The application port 8080 ({@code http}) behind the Ingress, the management port 9000 ({@code management}: health,
 * metrics, OpenAPI) for the probes, Prometheus and the helm test only, on a Service of its own.
 */
class ChartPortsTest {

    /** The slowest start of the packaged service measured for the chart (helm/dho-backend/README.md, Probes). */
    static final int SLOWEST_MEASURED_START_SECONDS = 146;

    static final String F = Chart.FULLNAME;

    @Test
    void the_container_names_its_two_ports() {
        Container container = container();
        assertThat(container.getPorts()).extracting(p -> p.getName() + ":" + p.getContainerPort())
                .containsExactly("http:8080", "management:9000");
    }

    @Test
    void every_probe_asks_the_management_port_with_a_timeout_of_three_seconds_or_more() {
        Container container = container();
        Map<String, Probe> probes = Map.of("/q/health/started", container.getStartupProbe(),
                "/q/health/live", container.getLivenessProbe(), "/q/health/ready", container.getReadinessProbe());
        probes.forEach((path, probe) -> {
            assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
            assertThat(probe.getHttpGet().getPort().getStrVal()).as(path).isEqualTo("management");
            assertThat(probe.getTimeoutSeconds()).as(path).isGreaterThanOrEqualTo(3);
            assertThat(probe.getPeriodSeconds()).as(path).isBetween(5, 30);
        });
    }

    @Test
    void the_startup_probe_waits_three_times_the_slowest_measured_start() {
        Probe startup = container().getStartupProbe();
        assertThat(startup.getPeriodSeconds() * startup.getFailureThreshold())
                .isGreaterThanOrEqualTo(3 * SLOWEST_MEASURED_START_SECONDS);
    }

    @Test
    void the_ingress_routes_to_the_service_that_has_no_management_port() {
        Ingress ingress = Chart.production().one(Ingress.class, F);
        assertThat(ingress.getSpec().getTls()).singleElement()
                .satisfies(tls -> assertThat(tls.getSecretName()).isNotBlank());
        var backends = ingress.getSpec().getRules().stream().flatMap(r -> r.getHttp().getPaths().stream())
                .map(p -> p.getBackend().getService()).toList();
        assertThat(backends).isNotEmpty().allSatisfy(backend -> {
            assertThat(backend.getName()).isEqualTo(F);
            assertThat(backend.getPort().getName()).isEqualTo("http");
        });
        Service routed = Chart.production().one(Service.class, F);
        assertThat(routed.getSpec().getPorts()).extracting(ServicePort::getPort).containsExactly(8080);
        assertThat(routed.getSpec().getPorts()).extracting(p -> p.getTargetPort().getStrVal()).containsExactly("http");
    }

    @Test
    void the_management_service_is_headless_and_exposes_only_the_management_port() {
        for (Manifests manifests : List.of(Chart.defaults(), Chart.production())) {
            Service management = manifests.one(Service.class, F + "-management");
            assertThat(management.getSpec().getClusterIP()).isEqualTo("None");
            assertThat(management.getSpec().getPorts()).singleElement().satisfies(p -> {
                assertThat(p.getPort()).isEqualTo(9000);
                assertThat(p.getTargetPort().getStrVal()).isEqualTo("management");
            });
            assertThat(management.getSpec().getSelector())
                    .isEqualTo(manifests.deployment().getSpec().getSelector().getMatchLabels());
        }
    }

    @Test
    void the_service_monitor_scrapes_metrics_through_the_management_service_only() {
        GenericKubernetesResource monitor = single(Chart.production().custom("ServiceMonitor"));
        assertThat(monitor.getApiVersion()).isEqualTo("monitoring.coreos.com/v1");
        Map<String, Object> spec = map(monitor.getAdditionalProperties().get("spec"));
        assertThat(spec.keySet()).isSubsetOf(Set.of("selector", "namespaceSelector", "endpoints", "jobLabel"));
        Map<String, Object> endpoint = map(single((List<?>) spec.get("endpoints")));
        assertThat(endpoint.keySet()).isSubsetOf(Set.of("port", "path", "scheme", "interval", "scrapeTimeout"));
        assertThat(endpoint).containsEntry("port", "management").containsEntry("path", "/q/metrics");
        Map<String, Object> selected = map(map(spec.get("selector")).get("matchLabels"));
        List<Service> matching = Chart.production().all(Service.class).stream()
                .filter(s -> s.getMetadata().getLabels().entrySet().containsAll(selected.entrySet())).toList();
        assertThat(matching).extracting(s -> s.getMetadata().getName()).containsExactly(F + "-management");
        assertThat(map(spec.get("namespaceSelector"))).containsEntry("matchNames", List.of(Chart.NAMESPACE));
    }

    @Test
    void the_helm_test_asks_readiness_on_the_management_service() {
        Pod test = Chart.defaults().one(Pod.class, F + "-test-readiness");
        assertThat(test.getMetadata().getAnnotations()).containsEntry("helm.sh/hook", "test");
        assertThat(test.getSpec().getRestartPolicy()).isEqualTo("Never");
        assertThat(test.getSpec().getContainers()).singleElement().satisfies(c -> assertThat(c.getCommand())
                .contains("http://" + F + "-management:9000/q/health/ready"));
    }

    private static Container container() {
        return Chart.production().deployment().getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    static <T> T single(List<T> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }
}

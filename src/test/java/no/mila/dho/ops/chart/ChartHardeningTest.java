package no.mila.dho.ops.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.SecurityContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every container of every pod the chart makes (the service, the migration Job, the helm test), with the default and
 * the production values: non-root, read-only root filesystem, no privilege escalation, no capabilities, the
 * runtime's seccomp profile, resources requested and memory limited, writable /tmp only where a JVM runs.
 */
class ChartHardeningTest {

    @Test
    void every_container_runs_non_root_read_only_without_privileges_and_with_seccomp() {
        for (Map.Entry<String, Container> entry : containers().entrySet()) {
            String name = entry.getKey();
            PodSecurityContext pod = podOf(name).getSecurityContext();
            SecurityContext container = entry.getValue().getSecurityContext();
            assertThat(container).as(name).isNotNull();
            boolean nonRoot = Optional.ofNullable(container.getRunAsNonRoot())
                    .orElse(pod != null && Boolean.TRUE.equals(pod.getRunAsNonRoot()));
            assertThat(nonRoot).as("%s runAsNonRoot", name).isTrue();
            Long user = Optional.ofNullable(container.getRunAsUser()).orElse(pod == null ? null : pod.getRunAsUser());
            assertThat(user).as("%s runAsUser", name).isNotNull().isPositive();
            assertThat(container.getReadOnlyRootFilesystem()).as("%s readOnlyRootFilesystem", name).isTrue();
            assertThat(container.getAllowPrivilegeEscalation()).as("%s allowPrivilegeEscalation", name).isFalse();
            assertThat(container.getPrivileged()).as("%s privileged", name).isNotEqualTo(Boolean.TRUE);
            assertThat(container.getCapabilities().getDrop()).as("%s capabilities drop", name).containsExactly("ALL");
            assertThat(container.getCapabilities().getAdd()).as("%s capabilities add", name).isNullOrEmpty();
            String seccomp = container.getSeccompProfile() != null ? container.getSeccompProfile().getType()
                    : pod != null && pod.getSeccompProfile() != null ? pod.getSeccompProfile().getType() : null;
            assertThat(seccomp).as("%s seccomp", name).isEqualTo("RuntimeDefault");
        }
    }

    @Test
    void every_container_requests_cpu_and_memory_and_has_a_memory_limit() {
        containers().forEach((name, container) -> {
            var resources = container.getResources();
            assertThat(resources.getRequests()).as("%s requests", name).containsKeys("cpu", "memory");
            assertThat(resources.getLimits()).as("%s limits", name).containsKey("memory");
        });
    }

    @Test
    void the_service_and_its_migration_have_a_writable_tmp_on_an_empty_dir() {
        for (Manifests manifests : List.of(Chart.defaults(), Chart.production())) {
            for (PodSpec spec : List.of(manifests.deployment().getSpec().getTemplate().getSpec(),
                    manifests.migrationJob().getSpec().getTemplate().getSpec())) {
                assertThat(spec.getContainers().get(0).getVolumeMounts())
                        .anySatisfy(m -> assertThat(m.getMountPath()).isEqualTo("/tmp"));
                String volume = spec.getContainers().get(0).getVolumeMounts().stream()
                        .filter(m -> m.getMountPath().equals("/tmp")).findFirst().orElseThrow().getName();
                assertThat(spec.getVolumes()).filteredOn(v -> v.getName().equals(volume)).singleElement()
                        .satisfies(v -> assertThat(v.getEmptyDir()).isNotNull());
            }
        }
    }

    @Test
    void no_pod_shares_the_hosts_namespaces_or_mounts_its_paths() {
        for (Manifests manifests : List.of(Chart.defaults(), Chart.production())) {
            manifests.podSpecs().forEach((name, spec) -> {
                assertThat(spec.getHostNetwork()).as(name).isNotEqualTo(Boolean.TRUE);
                assertThat(spec.getHostPID()).as(name).isNotEqualTo(Boolean.TRUE);
                assertThat(spec.getHostIPC()).as(name).isNotEqualTo(Boolean.TRUE);
                assertThat(spec.getVolumes()).as(name).allSatisfy(v -> assertThat(v.getHostPath()).isNull());
            });
        }
    }

    private static Map<String, PodSpec> pods;

    private static synchronized Map<String, PodSpec> pods() {
        if (pods == null) {
            pods = new java.util.LinkedHashMap<>();
            Chart.defaults().podSpecs().forEach((name, spec) -> pods.put("defaults " + name, spec));
            Chart.production().podSpecs().forEach((name, spec) -> pods.put("production " + name, spec));
            assertThat(pods).hasSize(6);
        }
        return pods;
    }

    private static PodSpec podOf(String containerName) {
        return pods().get(containerName.substring(0, containerName.lastIndexOf(' ')));
    }

    /** Every container and init container, named "<values> <kind>/<object> <container>". */
    private static Map<String, Container> containers() {
        Map<String, Container> all = new java.util.LinkedHashMap<>();
        pods().forEach((pod, spec) -> {
            List<Container> containers = new ArrayList<>(spec.getContainers());
            containers.addAll(spec.getInitContainers());
            containers.forEach(c -> all.put(pod + " " + c.getName(), c));
        });
        return all;
    }
}

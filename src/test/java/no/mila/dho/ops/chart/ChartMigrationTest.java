package no.mila.dho.ops.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Migrations as a separate step: a pre-install/pre-upgrade hook Job runs the image with init-and-exit as the schema's
 * owner; the Deployment never migrates and logs in as the application role.
 */
class ChartMigrationTest {

    static final String F = Chart.FULLNAME;

    @Test
    void the_migration_job_is_a_pre_install_and_pre_upgrade_hook_that_gives_up_in_bounded_time() {
        Job job = Chart.production().migrationJob();
        assertThat(job.getMetadata().getAnnotations())
                .containsEntry("helm.sh/hook", "pre-install,pre-upgrade")
                .containsEntry("helm.sh/hook-weight", "0")
                .containsEntry("helm.sh/hook-delete-policy", "before-hook-creation,hook-succeeded");
        assertThat(job.getSpec().getBackoffLimit()).isBetween(0, 3);
        assertThat(job.getSpec().getActiveDeadlineSeconds()).isBetween(300L, 3600L);
        assertThat(job.getSpec().getTemplate().getSpec().getRestartPolicy()).isEqualTo("Never");
        assertThat(container(job).getImage()).isEqualTo(container(Chart.production()).getImage());
    }

    @Test
    void the_job_migrates_and_exits_as_the_owner_for_flyway_and_the_datasource() {
        Map<String, EnvVar> env = env(container(Chart.production().migrationJob()));
        assertThat(env.get("QUARKUS_INIT_AND_EXIT").getValue()).isEqualTo("true");
        assertThat(env.get("QUARKUS_FLYWAY_MIGRATE_AT_START").getValue()).isEqualTo("true");
        for (String login : List.of("QUARKUS_FLYWAY", "QUARKUS_DATASOURCE")) {
            assertThat(secretOf(env, login + "_USERNAME")).isEqualTo("dho-db-owner/username");
            assertThat(secretOf(env, login + "_PASSWORD")).isEqualTo("dho-db-owner/password");
        }
        assertThat(env.get("QUARKUS_FLYWAY_PLACEHOLDERS_APPROLE").getValue()).isEqualTo("dho");
        // the ConfigMap does not exist yet at pre-install: the Job's configuration is inline
        assertThat(container(Chart.production().migrationJob()).getEnvFrom()).isEmpty();
        assertThat(env.get("QUARKUS_DATASOURCE_JDBC_URL").getValue())
                .isEqualTo("jdbc:postgresql://dho-db-rw.dho-db.svc:5432/dho?sslmode=require");
    }

    @Test
    void the_deployment_never_migrates_and_logs_in_as_the_application_role() {
        for (Manifests manifests : List.of(Chart.defaults(), Chart.production())) {
            Map<String, EnvVar> env = env(container(manifests));
            assertThat(env.get("QUARKUS_FLYWAY_MIGRATE_AT_START").getValue()).isEqualTo("false");
            assertThat(env).doesNotContainKeys("QUARKUS_FLYWAY_USERNAME", "QUARKUS_FLYWAY_PASSWORD",
                    "QUARKUS_INIT_AND_EXIT");
            String application = manifests == Chart.defaults() ? "dho-db" : "dho-db-app";
            assertThat(secretOf(env, "QUARKUS_DATASOURCE_USERNAME")).isEqualTo(application + "/username");
            assertThat(secretOf(env, "QUARKUS_DATASOURCE_PASSWORD")).isEqualTo(application + "/password");
            assertThat(env.values()).noneSatisfy(v -> assertThat(v.getValueFrom() == null ? null
                    : v.getValueFrom().getSecretKeyRef().getName()).isEqualTo("dho-db-owner"));
        }
    }

    @Test
    void the_migration_pods_are_never_endpoints_of_the_services() {
        Map<String, String> jobPod = Chart.production().migrationJob().getSpec().getTemplate().getMetadata()
                .getLabels();
        for (Service service : Chart.production().all(Service.class)) {
            assertThat(jobPod.entrySet().containsAll(service.getSpec().getSelector().entrySet()))
                    .as(service.getMetadata().getName()).isFalse();
        }
    }

    @Test
    void the_migrations_network_policy_exists_before_the_job_and_lets_it_reach_postgresql_only() {
        NetworkPolicy policy = Chart.production().one(NetworkPolicy.class, F + "-migrations");
        Map<String, String> annotations = policy.getMetadata().getAnnotations();
        assertThat(annotations).containsEntry("helm.sh/hook", "pre-install,pre-upgrade");
        assertThat(Integer.parseInt(annotations.get("helm.sh/hook-weight"))).isLessThan(0);
        assertThat(policy.getSpec().getPodSelector().getMatchLabels().entrySet())
                .isSubsetOf(Chart.production().migrationJob().getSpec().getTemplate().getMetadata().getLabels()
                        .entrySet());
        assertThat(policy.getSpec().getIngress()).isEmpty();
        assertThat(policy.getSpec().getEgress()).flatExtracting(r -> r.getPorts().stream()
                .map(p -> p.getPort().getIntVal()).toList()).containsExactlyInAnyOrder(53, 53, 5432);
    }

    static Container container(Manifests manifests) {
        return manifests.deployment().getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    static Container container(Job job) {
        return job.getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    static Map<String, EnvVar> env(Container container) {
        return container.getEnv().stream().collect(Collectors.toMap(EnvVar::getName, v -> v));
    }

    private static String secretOf(Map<String, EnvVar> env, String name) {
        var ref = env.get(name).getValueFrom().getSecretKeyRef();
        return ref.getName() + "/" + ref.getKey();
    }
}

package no.mila.dho.ops.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the chart renders: every object of issue 16's list with the production values, the core alone by default. */
class ChartObjectsTest {

    static final String F = Chart.FULLNAME;

    @Test
    void the_production_values_render_every_object_the_chart_has() {
        Manifests production = Chart.production();
        assertThat(production.names()).containsExactlyInAnyOrder(
                "ServiceAccount/" + F, "ConfigMap/" + F, "PersistentVolumeClaim/" + F + "-audit-fallback",
                "Service/" + F, "Service/" + F + "-management", "Deployment/" + F,
                "HorizontalPodAutoscaler/" + F, "PodDisruptionBudget/" + F, "Ingress/" + F,
                "NetworkPolicy/" + F, "NetworkPolicy/" + F + "-migrations", "NetworkPolicy/" + F + "-test",
                "ServiceMonitor/" + F, "PrometheusRule/" + F,
                "Job/" + F + "-db-migrate", "Pod/" + F + "-test-readiness");
        assertTyped(production, Map.of(ServiceAccount.class, 1, ConfigMap.class, 1, PersistentVolumeClaim.class, 1,
                Service.class, 2, Deployment.class, 1, HorizontalPodAutoscaler.class, 1,
                PodDisruptionBudget.class, 1, Ingress.class, 1, NetworkPolicy.class, 3, Job.class, 1));
        assertThat(production.all(Pod.class)).hasSize(1);
    }

    @Test
    void the_default_values_render_the_service_its_migration_and_test_without_the_optional_objects() {
        assertThat(Chart.defaults().names()).containsExactlyInAnyOrder(
                "ServiceAccount/" + F, "ConfigMap/" + F, "Service/" + F, "Service/" + F + "-management",
                "Deployment/" + F, "Job/" + F + "-db-migrate", "Pod/" + F + "-test-readiness");
        assertThat(Chart.defaults().deployment().getSpec().getReplicas()).isEqualTo(2);
    }

    @Test
    void the_autoscaler_scales_the_deployment_by_cpu_between_two_and_six_replicas() {
        HorizontalPodAutoscaler hpa = Chart.production().one(HorizontalPodAutoscaler.class, F);
        assertThat(hpa.getApiVersion()).isEqualTo("autoscaling/v2");
        assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
        assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(F);
        assertThat(hpa.getSpec().getMinReplicas()).isEqualTo(2);
        assertThat(hpa.getSpec().getMaxReplicas()).isEqualTo(6);
        assertThat(hpa.getSpec().getMetrics()).singleElement()
                .satisfies(m -> assertThat(m.getResource().getName()).isEqualTo("cpu"));
        // the autoscaler owns the replica count: a fixed one would be reset at every upgrade
        assertThat(Chart.production().deployment().getSpec().getReplicas()).isNull();
    }

    @Test
    void the_disruption_budget_keeps_one_replica_serving_and_selects_the_deployments_pods() {
        PodDisruptionBudget pdb = Chart.production().one(PodDisruptionBudget.class, F);
        assertThat(pdb.getSpec().getMinAvailable().getIntVal()).isEqualTo(1);
        assertThat(pdb.getSpec().getSelector().getMatchLabels())
                .isEqualTo(Chart.production().deployment().getSpec().getSelector().getMatchLabels());
    }

    @Test
    void replicas_prefer_different_nodes_and_in_production_spread_over_zones() {
        var affinity = Chart.defaults().deployment().getSpec().getTemplate().getSpec().getAffinity();
        assertThat(affinity.getPodAntiAffinity().getPreferredDuringSchedulingIgnoredDuringExecution())
                .singleElement().satisfies(term -> assertThat(term.getPodAffinityTerm().getTopologyKey())
                        .isEqualTo("kubernetes.io/hostname"));
        assertThat(Chart.defaults().deployment().getSpec().getTemplate().getSpec().getTopologySpreadConstraints())
                .isEmpty();
        assertThat(Chart.production().deployment().getSpec().getTemplate().getSpec().getTopologySpreadConstraints())
                .singleElement()
                .satisfies(c -> assertThat(c.getTopologyKey()).isEqualTo("topology.kubernetes.io/zone"));
    }

    @Test
    void the_pods_run_under_their_own_service_account_without_a_token() {
        for (Manifests manifests : List.of(Chart.defaults(), Chart.production())) {
            ServiceAccount account = manifests.one(ServiceAccount.class, F);
            assertThat(account.getAutomountServiceAccountToken()).isFalse();
            assertThat(manifests.deployment().getSpec().getTemplate().getSpec().getServiceAccountName()).isEqualTo(F);
            manifests.podSpecs().forEach((name, spec) ->
                    assertThat(spec.getAutomountServiceAccountToken()).as(name).isFalse());
        }
    }

    @Test
    void the_audit_fallback_directory_is_an_empty_dir_by_default_and_a_claim_that_outlives_pods_in_production() {
        var defaults = Chart.defaults().deployment().getSpec().getTemplate().getSpec().getVolumes();
        assertThat(defaults).filteredOn(v -> v.getName().equals("audit-fallback"))
                .singleElement().satisfies(v -> assertThat(v.getEmptyDir()).isNotNull());
        var production = Chart.production().deployment().getSpec().getTemplate().getSpec().getVolumes();
        assertThat(production).filteredOn(v -> v.getName().equals("audit-fallback")).singleElement()
                .satisfies(v -> assertThat(v.getPersistentVolumeClaim().getClaimName())
                        .isEqualTo(F + "-audit-fallback"));
        PersistentVolumeClaim claim = Chart.production().one(PersistentVolumeClaim.class, F + "-audit-fallback");
        assertThat(claim.getMetadata().getAnnotations()).containsEntry("helm.sh/resource-policy", "keep");
        assertThat(claim.getSpec().getAccessModes()).containsExactly("ReadWriteMany");
    }

    private static void assertTyped(Manifests manifests, Map<Class<? extends HasMetadata>, Integer> counts) {
        counts.forEach((type, count) -> assertThat(manifests.all(type)).as(type.getSimpleName()).hasSize(count));
    }
}

package no.mila.dho.ops.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The application pods' NetworkPolicy with the production values: who may connect in, and where they go out to. */
class ChartNetworkPolicyTest {

    private final NetworkPolicy policy = Chart.production().one(NetworkPolicy.class, Chart.FULLNAME);

    @Test
    void it_selects_the_deployments_pods_and_restricts_both_directions() {
        assertThat(policy.getSpec().getPodSelector().getMatchLabels())
                .isEqualTo(Chart.production().deployment().getSpec().getSelector().getMatchLabels());
        assertThat(policy.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
    }

    @Test
    void only_the_ingress_controller_reaches_the_application_port() {
        NetworkPolicyIngressRule rule = ruleFor("http");
        assertThat(rule.getFrom()).singleElement().satisfies(peer -> {
            assertThat(peer.getNamespaceSelector().getMatchLabels())
                    .containsEntry("kubernetes.io/metadata.name", "ingress-nginx");
            assertThat(peer.getPodSelector().getMatchLabels()).containsEntry("app.kubernetes.io/name", "ingress-nginx");
        });
    }

    @Test
    void only_the_monitoring_namespace_and_the_helm_test_reach_the_management_port() {
        List<NetworkPolicyPeer> from = ruleFor("management").getFrom();
        assertThat(from).hasSize(2);
        assertThat(from.get(0).getNamespaceSelector().getMatchLabels())
                .containsEntry("kubernetes.io/metadata.name", "monitoring");
        assertThat(from.get(1).getNamespaceSelector()).isNull();
        assertThat(from.get(1).getPodSelector().getMatchLabels().entrySet())
                .isSubsetOf(Chart.production().one(io.fabric8.kubernetes.api.model.Pod.class,
                        Chart.FULLNAME + "-test-readiness").getMetadata().getLabels().entrySet());
    }

    @Test
    void the_pods_go_out_to_dns_postgresql_keycloak_and_the_message_receivers_only() {
        assertThat(policy.getSpec().getEgress()).extracting(rule -> rule.getPorts().stream()
                        .map(p -> p.getProtocol() + "/" + p.getPort().getIntVal()).toList())
                .containsExactly(List.of("UDP/53", "TCP/53"), List.of("TCP/5432"), List.of("TCP/8080"),
                        List.of("TCP/443"));
        assertThat(policy.getSpec().getEgress().get(3).getTo()).singleElement()
                .satisfies(peer -> assertThat(peer.getIpBlock().getCidr()).isEqualTo("10.20.0.0/16"));
        policy.getSpec().getEgress().forEach(rule -> assertThat(rule.getTo()).isNotEmpty());
    }

    @Test
    void an_egress_target_without_peers_is_left_out_so_that_its_traffic_is_refused() {
        NetworkPolicy withoutReceivers = Chart.render(Chart.PRODUCTION_VALUES,
                        Map.of("networkPolicy.egress.messageReceivers.to", "null"))
                .one(NetworkPolicy.class, Chart.FULLNAME);
        assertThat(withoutReceivers.getSpec().getEgress()).hasSize(3);
    }

    private NetworkPolicyIngressRule ruleFor(String port) {
        List<NetworkPolicyIngressRule> rules = policy.getSpec().getIngress().stream()
                .filter(r -> r.getPorts().stream().anyMatch(p -> port.equals(p.getPort().getStrVal()))).toList();
        assertThat(rules).as("ingress rules for port %s", port).hasSize(1);
        assertThat(rules.get(0).getPorts()).hasSize(1);
        return rules.get(0);
    }
}

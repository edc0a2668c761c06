package no.mila.dho.ops.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marcnuri.helm.LintResult;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** helm lint --strict and a strict parse of helm template, for the default and the production values. */
class ChartLintTest {

    @Test
    void the_chart_lints_strictly_with_its_default_values() {
        LintResult lint = Chart.lint(null);
        assertThat(lint.isFailed()).as("helm lint --strict: %s", lint.getMessages()).isFalse();
    }

    @Test
    void the_chart_lints_strictly_with_the_production_values() {
        LintResult lint = Chart.lint(Chart.PRODUCTION_VALUES);
        assertThat(lint.isFailed()).as("helm lint --strict -f values-production.yaml: %s", lint.getMessages())
                .isFalse();
    }

    @Test
    void both_renderings_parse_strictly_into_kubernetes_objects() {
        assertThat(Chart.defaults().objects()).isNotEmpty();
        assertThat(Chart.production().objects()).hasSizeGreaterThan(Chart.defaults().objects().size());
    }

    @Test
    void a_field_the_kubernetes_model_does_not_know_fails_the_parse() {
        String misspelt = """
                apiVersion: v1
                kind: Service
                metadata:
                  name: x
                spec:
                  ports:
                    - port: 8080
                      targetPrt: http
                """;
        assertThatThrownBy(() -> Manifests.parse(misspelt)).hasMessageContaining("targetPrt");
    }

    @Test
    void an_unknown_api_version_fails_the_parse() {
        assertThatThrownBy(() -> Manifests.parse("apiVersion: autoscaling/v9\nkind: HorizontalPodAutoscaler\n"
                + "metadata:\n  name: x\n")).hasMessageContaining("Unknown apiVersion/kind");
    }

    @Test
    void an_ingress_without_tls_is_refused() {
        assertThatThrownBy(() -> Chart.with(Map.of("ingress.enabled", "true")))
                .hasMessageContaining("ingress.tls is empty");
    }
}

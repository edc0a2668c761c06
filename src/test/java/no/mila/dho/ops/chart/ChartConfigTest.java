package no.mila.dho.ops.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The ConfigMap holds only non-secret values, and a change of it rolls the pods (the checksum annotation). */
class ChartConfigTest {

    static final String CHECKSUM = "checksum/config";

    /** Names of credentials: a password, a secret, a credential anywhere; a token or key as the last word. */
    static final Pattern SECRET_KEY = Pattern.compile("(?i).*(PASSWORD|PASSWD|SECRET|CREDENTIAL|PRIVATE).*"
            + "|(?i).*(^|_)(TOKEN|KEY|APIKEY|PASS)$");
    /** Values that carry one: a user:password@ in a URL, a password= parameter, a PEM block, a JWT. */
    static final List<Pattern> SECRET_VALUES = List.of(
            Pattern.compile("://[^/@\\s]+:[^/@\\s]+@"),
            Pattern.compile("(?i)[?&;](password|passwd|pwd|secret|token)="),
            Pattern.compile("-----BEGIN"),
            Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}"));
    /** ... or look like one: a long run of letters and digits mixed, as a generated password or key is. */
    static final Pattern HIGH_ENTROPY = Pattern.compile("(?=[A-Za-z0-9+/=_-]*[0-9])(?=[A-Za-z0-9+/=_-]*[a-z])"
            + "(?=[A-Za-z0-9+/=_-]*[A-Z])[A-Za-z0-9+/=_-]{20,}");

    @Test
    void no_config_map_holds_a_secret_looking_key_or_value() {
        for (Manifests manifests : List.of(Chart.defaults(), Chart.production())) {
            for (ConfigMap map : manifests.all(ConfigMap.class)) {
                assertThat(secretLooking(map.getData())).as(map.getMetadata().getName()).isEmpty();
                assertThat(map.getBinaryData()).isNullOrEmpty();
            }
        }
    }

    @Test
    void a_password_put_into_the_config_is_found_by_the_check() {
        ConfigMap map = Chart.with(Map.of("config.QUARKUS_DATASOURCE_PASSWORD", "hunter2",
                        "config.QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://db:5432/dho?password=x",
                        "config.DHO_SOMETHING", "Zx8kQ2mPv7RtLw3nYb5dHs"))
                .one(ConfigMap.class, Chart.FULLNAME);
        assertThat(secretLooking(map.getData())).containsExactlyInAnyOrder("QUARKUS_DATASOURCE_PASSWORD",
                "QUARKUS_DATASOURCE_JDBC_URL", "DHO_SOMETHING");
    }

    @Test
    void the_config_map_carries_the_operators_settings_and_leaves_empty_ones_out() {
        Map<String, String> defaults = Chart.defaults().one(ConfigMap.class, Chart.FULLNAME).getData();
        assertThat(defaults).containsEntry("QUARKUS_HTTP_HOST", "0.0.0.0")
                .containsEntry("QUARKUS_FLYWAY_PLACEHOLDERS_APPROLE", "dho")
                .containsEntry("DHO_AUDIT_FALLBACK_DIRECTORY", "/var/lib/dho/access-log-fallback")
                .doesNotContainKey("QUARKUS_OIDC_TOKEN_ISSUER");
        Map<String, String> production = Chart.production().one(ConfigMap.class, Chart.FULLNAME).getData();
        assertThat(production).containsEntry("QUARKUS_OIDC_TOKEN_ISSUER", "https://login.kommune.example.no/realms/dho")
                .containsEntry("QUARKUS_OIDC_AUTH_SERVER_URL", "http://keycloak.keycloak.svc:8080/realms/dho");
        assertThat(ChartMigrationTest.container(Chart.defaults()).getEnvFrom()).singleElement()
                .satisfies(from -> assertThat(from.getConfigMapRef().getName()).isEqualTo(Chart.FULLNAME));
    }

    @Test
    void the_pods_checksum_changes_with_a_config_value_and_only_then() {
        String defaults = checksum(Chart.defaults());
        assertThat(defaults).matches("[0-9a-f]{64}");
        assertThat(checksum(Chart.with(Map.of()))).as("rendered again").isEqualTo(defaults);
        assertThat(checksum(Chart.with(Map.of("config.DHO_COLLABORATION_FOLLOW_UP_SERVICE_PHONE", "11 22 33 44"))))
                .isNotEqualTo(defaults);
        assertThat(checksum(Chart.with(Map.of("auditFallback.mountPath", "/var/lib/dho/elsewhere"))))
                .isNotEqualTo(defaults);
        assertThat(checksum(Chart.with(Map.of("podDisruptionBudget.enabled", "true")))).as("no config change")
                .isEqualTo(defaults);
    }

    static List<String> secretLooking(Map<String, String> data) {
        List<String> found = new ArrayList<>();
        data.forEach((key, value) -> {
            if (SECRET_KEY.matcher(key).matches() || SECRET_VALUES.stream().anyMatch(p -> p.matcher(value).find())
                    || HIGH_ENTROPY.matcher(value).find()) {
                found.add(key);
            }
        });
        return found;
    }

    private static String checksum(Manifests manifests) {
        return manifests.deployment().getSpec().getTemplate().getMetadata().getAnnotations().get(CHECKSUM);
    }
}

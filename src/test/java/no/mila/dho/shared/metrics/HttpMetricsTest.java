package no.mila.dho.shared.metrics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Set;
import java.util.UUID;
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code uri} label of the HTTP metrics takes bounded values only: a caller choosing paths cannot make series
 * (issue 16: 20 unauthenticated requests to unknown paths made 20 series).
 */
@QuarkusTest
class HttpMetricsTest {

    private static final String REQUESTS = "http_server_requests_seconds_count";

    private static Set<String> uris() {
        return Scrape.now().labelValues(REQUESTS, "uri");
    }

    @Test
    void unknown_paths_add_at_most_a_constant_number_of_uri_values_whoever_asks() {
        // once each, so that the label values these kinds of request produce exist before counting
        sendUnknownPaths("warm-up", 1);
        Set<String> before = uris();
        sendUnknownPaths(UUID.randomUUID().toString(), 20);
        Set<String> after = uris();
        assertThat(after).hasSizeLessThanOrEqualTo(before.size() + 2);
        assertThat(after).noneMatch(uri -> uri.contains("nope") || uri.contains("Nope"));
    }

    private static void sendUnknownPaths(String tag, int count) {
        for (int i = 0; i < count; i++) {
            given().get("/api/nope-" + tag + "-" + i).then().statusCode(401);
            given().get("/fhir/r4/Nope" + i + "/" + tag).then().statusCode(401);
            given().get("/nope-" + tag + "-" + i).then().statusCode(404);
            given().auth().oauth2(Tokens.nurse()).get("/api/nope-" + tag + "-" + i).then().statusCode(404);
            given().auth().oauth2(Tokens.nurse()).delete("/api/nope-" + tag + "-" + i);
        }
    }

    @Test
    void fhir_paths_with_ids_are_counted_under_their_template() {
        String id = UUID.randomUUID().toString();
        given().auth().oauth2(Tokens.nurse()).get("/fhir/r4/Patient/" + id);
        given().get("/fhir/r4/Observation/" + id).then().statusCode(401);
        Set<String> uris = uris();
        assertThat(uris).contains("/fhir/r4/Patient/{id}", "/fhir/r4/Observation/{id}");
        assertThat(uris).noneMatch(uri -> uri.contains(id));
    }

    @Test
    void api_paths_with_ids_are_counted_under_their_template_also_when_refused() {
        String id = UUID.randomUUID().toString();
        given().auth().oauth2(Tokens.nurse()).get("/api/patients/" + id).then().statusCode(404);
        given().get("/api/patients/" + id).then().statusCode(401);
        Set<String> uris = uris();
        assertThat(uris).contains("/api/patients/{patientId}", "UNMATCHED");
        assertThat(uris).noneMatch(uri -> uri.contains(id));
    }

    /** Health, metrics and OpenAPI are on the management port only (an Ingress exposes the application port). */
    @ParameterizedTest
    @ValueSource(strings = {"/q/metrics", "/q/health", "/q/health/ready", "/q/health/live", "/q/openapi",
            "/q/swagger-ui", "/q/dev-ui"})
    void management_endpoints_are_not_on_the_application_port(String path) {
        given().get(path).then().statusCode(404);
    }
}

package no.mila.dho.shared.logging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import no.mila.dho.testsupport.SyntheticIds;
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * With JSON logs switched on as in production, a line logged while a request is served is one JSON object that
 * carries the request's id and the caller's token subject, never the caller's name or anything about a patient.
 * The line is formatted by the console handler's own formatter.
 */
@QuarkusTest
@TestProfile(JsonLogLineTest.JsonLogs.class)
class JsonLogLineTest {

    public static class JsonLogs implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.log.console.json.enabled", "true");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void a_line_logged_during_a_request_is_json_with_the_request_id_and_the_subject() throws Exception {
        List<LogCapture.Captured> lines;
        try (LogCapture log = new LogCapture()) {
            given().auth().oauth2(Tokens.admin()).header("X-Request-Id", "json-log-line-1")
                    .contentType(ContentType.JSON)
                    .body("{\"number\": \"3220\", \"name\": \"Enebakk\", \"partnerSince\": \"2026-04-01\"}")
                    .when().post("/api/municipalities").then().statusCode(201);
            lines = log.of("no.mila.dho.municipality");
        }

        assertThat(lines).hasSize(1);
        String text = lines.get(0).line();
        assertThat(text.strip()).doesNotContain("\n");
        JsonNode line = JSON.readTree(text);
        assertThat(line.path("message").asText()).contains("Municipality 3220 (Enebakk) added").contains("admin-1");
        assertThat(line.path("level").asText()).isEqualTo("INFO");
        assertThat(line.path("mdc").path("requestId").asText()).isEqualTo("json-log-line-1");
        assertThat(line.path("mdc").path("userSubject").asText()).isEqualTo("admin-1");
        assertThat(text).doesNotContain("Ada Admin"); // the token's name claim
        assertThat(line.path("mdc").has("traceId")).as("tracing is off by default").isFalse();
    }

    @Test
    void no_line_of_requests_about_a_patient_names_the_patient() throws Exception {
        String nationalId = SyntheticIds.next();
        List<LogCapture.Captured> lines;
        try (LogCapture log = new LogCapture()) {
            String id = given().auth().oauth2(Tokens.nurse()).header("X-Request-Id", "json-log-line-2")
                    .contentType(ContentType.JSON)
                    .body(Map.of("nationalId", nationalId, "givenName", "Ingeborg", "familyName", "Loggfri",
                            "municipality", "3209", "gp", Map.of("name", "Lege", "hpr", "9200001")))
                    .when().post("/api/patients").then().statusCode(201).extract().path("id");
            given().auth().oauth2(Tokens.nurse()).queryParam("name", "Loggfri").queryParam("nationalId", nationalId)
                    .when().get("/api/patients").then().statusCode(200);
            given().auth().oauth2(Tokens.nurse()).when().get("/api/patients/" + id).then().statusCode(200);
            // the same registration again is refused: the refusal is about the patient too
            given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON)
                    .body(Map.of("nationalId", nationalId, "givenName", "Ingeborg", "familyName", "Loggfri",
                            "municipality", "3209", "gp", Map.of("name", "Lege", "hpr", "9200001")))
                    .when().post("/api/patients").then().statusCode(409);
            lines = log.all();
        }

        for (LogCapture.Captured captured : lines) {
            assertThat(captured.line()).doesNotContain(nationalId, "Ingeborg", "Loggfri", "Nora Sykepleier");
            JsonNode line = JSON.readTree(captured.line());
            if (line.path("mdc").has("requestId")) {
                assertThat(line.path("mdc").path("userSubject").asText()).isIn("", "nurse-1");
            }
        }
    }
}

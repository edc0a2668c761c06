package no.mila.dho.console.browser;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The service's JSON API as the browser scenarios call it beside the browser (what the app or another person does
 * meanwhile), with real tokens from Keycloak's password grant (client dho-app, demo users, password demo).
 */
public final class ConsoleApi {

    private final ConsoleStack stack;

    public ConsoleApi(ConsoleStack stack) {
        this.stack = stack;
    }

    /** A report as the app sends it (SpO2 and pulse), as demo user {@code patient}; the API's answer. */
    public ExtractableResponse<Response> sendReport(String patient, int spo2, int pulse) {
        String at = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1).withNano(0).toString();
        String body = "{\"reportId\":\"" + UUID.randomUUID() + "\",\"measuredAt\":\"" + at + "\",\"spo2\":{\"value\":"
                + spo2 + ",\"unit\":\"%\"},\"pulse\":{\"value\":" + pulse + ",\"unit\":\"/min\"}}";
        return given().baseUri(stack.baseUrl()).auth().oauth2(stack.admin().passwordToken(patient))
                .contentType(ContentType.JSON).body(body).when().post("/api/me/reports").then().extract();
    }

    /** The id of a patient of {@code municipality} (null: any) found by family name, as nurse nora sees them. */
    public String patientId(String familyName, String municipality) {
        var request = given().baseUri(stack.baseUrl()).auth().oauth2(stack.admin().passwordToken("nora.nurse"))
                .queryParam("name", familyName);
        if (municipality != null) {
            request = request.queryParam("municipality", municipality);
        }
        List<Map<String, Object>> found = request.when().get("/api/patients").then().statusCode(200).extract()
                .path("items");
        if (found == null || found.isEmpty()) {
            throw new IllegalStateException("No patient " + familyName + " in " + municipality);
        }
        return String.valueOf(found.get(0).get("id"));
    }
}

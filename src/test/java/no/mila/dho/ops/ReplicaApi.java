package no.mila.dho.ops;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import no.mila.dho.shared.time.ClockProducer;
import no.mila.dho.testsupport.PatientFixtures;
import no.mila.dho.testsupport.SyntheticIds;
import no.mila.dho.testsupport.Tokens;

/** The service's API as {@link TwoInstancesIT} calls it, on one instance or the other (its base URL). */
final class ReplicaApi {

    private ReplicaApi() {
    }

    /**
     * A COPD patient in follow-up, made as a nurse would (register, refer, assess, allocate) and linked to a login,
     * step by step on the instances given in turn; returns {patientId, login subject}.
     */
    static String[] patientInFollowUp(String municipality, String gpHpr, String... instances) {
        String nurse = Tokens.nurse();
        String patient = given().baseUri(instances[0]).auth().oauth2(nurse).contentType(ContentType.JSON)
                .body(Map.of("nationalId", SyntheticIds.next(), "givenName", "To", "familyName", "Instanser",
                        "municipality", municipality, "gp", Map.of("name", "Lege To", "hpr", gpHpr)))
                .when().post("/api/patients").then().statusCode(201).extract().path("id");
        LocalDate today = ClockProducer.today(java.time.Clock.systemUTC());
        String episode = given().baseUri(instances[1 % instances.length]).auth().oauth2(nurse)
                .contentType(ContentType.JSON).body(Map.of("pathway", "COPD", "source", "GP", "oralConsent", true,
                        "referredOn", today.minusDays(3).toString()))
                .when().post("/api/patients/" + patient + "/episodes").then().statusCode(201).extract().path("id");
        String path = "/api/patients/" + patient + "/episodes/" + episode;
        given().baseUri(instances[0]).auth().oauth2(nurse).contentType(ContentType.JSON)
                .body(Map.of("answers", PatientFixtures.answers("COPD"))).when().post(path + "/assessment")
                .then().statusCode(200);
        given().baseUri(instances[1 % instances.length]).auth().oauth2(nurse).contentType(ContentType.JSON)
                .body(PatientFixtures.allocation()).when().post(path + "/allocation").then().statusCode(200);
        String subject = "login-" + UUID.randomUUID();
        given().baseUri(instances[0]).auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("subject", subject)).when().put("/api/patients/" + patient + "/login")
                .then().statusCode(204);
        return new String[] {patient, subject};
    }

    /** A report as the app sends it: SpO2 and pulse (two measurements), {@code spo2} choosing the zone. */
    static String report(UUID reportId, int spo2) {
        String at = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5).withNano(0).toString();
        return "{\"reportId\":\"" + reportId + "\",\"measuredAt\":\"" + at + "\",\"spo2\":{\"value\":" + spo2
                + ",\"unit\":\"%\"},\"pulse\":{\"value\":80,\"unit\":\"/min\"}}";
    }

    /** POSTs the report as the patient's login to the instance at {@code base}. */
    static ExtractableResponse<Response> send(String base, String login, String body) {
        return given().baseUri(base).auth().oauth2(Tokens.patient(login)).contentType(ContentType.JSON).body(body)
                .when().post("/api/me/reports").then().extract();
    }

    /** The worklist's red items as the nurse {@code token} sees them on the instance at {@code base}. */
    static ExtractableResponse<Response> redItems(String base, String token) {
        Map<String, Object> query = new HashMap<>(Map.of("zone", "RED", "size", 100));
        return given().baseUri(base).auth().oauth2(token).queryParams(query).when().get("/api/worklist").then()
                .statusCode(200).extract();
    }
}

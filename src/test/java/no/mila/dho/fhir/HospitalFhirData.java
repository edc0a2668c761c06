package no.mila.dho.fhir;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.mila.dho.shared.time.ClockProducer;
import no.mila.dho.testsupport.KeycloakTestResource;
import no.mila.dho.testsupport.PatientFixtures;
import no.mila.dho.testsupport.SyntheticIds;

/**
 * The data of {@link HospitalFhirClientIT}, made over HTTP as the people of the pathway would make it, with real
 * Keycloak tokens of the realm's demo users: nurse Nora registers, refers, assesses and allocates; admin Ada links the
 * login of demo patient {@code ola.patient}; the patient sends reports; GP Lars approves the plan Nora drafted.
 */
final class HospitalFhirData {

    /** The Keycloak subject of demo user ola.patient (fixed in keycloak/dho-realm.json). */
    static final String OLA_SUBJECT = "5a0c4b1e-0000-4000-8000-000000000006";
    static final String GP_HPR = "9200001";
    static final String SPECIALIST_HPR = "9200002";

    /** A registered patient: id and fødselsnummer. */
    record Registered(String id, String nationalId) {
    }

    private HospitalFhirData() {
    }

    static LocalDate today() {
        return ClockProducer.today(Clock.systemUTC());
    }

    /** An access token of a demo user (password "demo", client dho-app), with these SMART scopes (or none). */
    static String userToken(String username, String scopes) {
        var request = given().formParam("grant_type", "password").formParam("client_id", "dho-app")
                .formParam("username", username).formParam("password", "demo");
        if (scopes != null) {
            request = request.formParam("scope", "openid " + scopes);
        }
        return request.when().post(KeycloakTestResource.server().tokenUrl())
                .then().statusCode(200).extract().path("access_token");
    }

    static String nurse() {
        return userToken("nora.nurse", null);
    }

    /**
     * Registers a patient of Ullensaker with GP Lars; {@code department} (e.g. AHUS_LUNG) is the responsible
     * physician's (specialist Siri's), or no responsible physician when null.
     */
    static Registered register(String department) {
        String nationalId = SyntheticIds.next();
        Map<String, Object> body = new HashMap<>(Map.of("nationalId", nationalId, "givenName", "Hanne",
                "familyName", "Sykehusdata", "municipality", "3209",
                "gp", Map.of("name", "Lars Fastlege", "hpr", GP_HPR)));
        if (department != null) {
            body.put("responsiblePhysician", Map.of("name", "Siri Lungelege", "hpr", SPECIALIST_HPR,
                    "department", department));
        }
        String id = given().auth().oauth2(nurse()).contentType(ContentType.JSON).body(body)
                .when().post("/api/patients").then().statusCode(201).extract().path("id");
        return new Registered(id, nationalId);
    }

    /** A COPD referral from the GP {@code daysAgo} days ago, assessed with every criterion met; the episode id. */
    static String referAndAssess(String patientId, int daysAgo) {
        String nurse = nurse();
        String episode = given().auth().oauth2(nurse).contentType(ContentType.JSON)
                .body(Map.of("pathway", "COPD", "source", "GP", "oralConsent", true,
                        "referredOn", today().minusDays(daysAgo).toString()))
                .when().post("/api/patients/" + patientId + "/episodes").then().statusCode(201).extract().path("id");
        given().auth().oauth2(nurse).contentType(ContentType.JSON)
                .body(Map.of("answers", PatientFixtures.answers("COPD")))
                .when().post("/api/patients/" + patientId + "/episodes/" + episode + "/assessment")
                .then().statusCode(200);
        return episode;
    }

    /** Allocation with written consent and start {@code daysAgo} days ago: the episode is in its baseline. */
    static void allocate(String patientId, String episode, int daysAgo) {
        String on = today().minusDays(daysAgo).toString();
        given().auth().oauth2(nurse()).contentType(ContentType.JSON)
                .body(Map.of("consentDate", on, "baselineNursingVisitsPerMonth", 8,
                        "baselineNursingMinutesPerMonth", 240, "startDate", on))
                .when().post("/api/patients/" + patientId + "/episodes/" + episode + "/allocation")
                .then().statusCode(200);
    }

    /** Admin Ada links demo user ola.patient's login to the patient. */
    static void linkOla(String patientId) {
        given().auth().oauth2(userToken("ada.admin", null)).contentType(ContentType.JSON)
                .body(Map.of("subject", OLA_SUBJECT))
                .when().put("/api/patients/" + patientId + "/login").then().statusCode(204);
    }

    /** A report of SpO2 and pulse measured at {@code at}, sent by the patient (POST /api/me/reports). */
    static void sendOwn(String patientToken, OffsetDateTime at, int spo2, int pulse) {
        given().auth().oauth2(patientToken).contentType(ContentType.JSON).body(report(at, spo2, pulse))
                .when().post("/api/me/reports").then().statusCode(201);
    }

    /** The same report entered by nurse Nora on the patient's behalf. */
    static void sendOnBehalf(String patientId, OffsetDateTime at, int spo2, int pulse) {
        given().auth().oauth2(nurse()).contentType(ContentType.JSON).body(report(at, spo2, pulse))
                .when().post("/api/patients/" + patientId + "/reports").then().statusCode(201);
    }

    private static Map<String, Object> report(OffsetDateTime at, int spo2, int pulse) {
        return Map.of("reportId", UUID.randomUUID().toString(),
                "measuredAt", at.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                "spo2", Map.of("value", spo2, "unit", "%"), "pulse", Map.of("value", pulse, "unit", "/min"));
    }

    /** Nurse Nora drafts the plan from the pathway's template; GP Lars approves it: the patient's active plan. */
    static void approvedPlan(String patientId) {
        var draft = given().auth().oauth2(nurse()).contentType(ContentType.JSON)
                .body(Map.of("goals", List.of("Gå tur med barnebarna uten å stoppe")))
                .when().post("/api/patients/" + patientId + "/plans").then().statusCode(201).extract();
        given().auth().oauth2(userToken("lars.physician", null)).contentType(ContentType.JSON)
                .body(Map.of("version", draft.path("version")))
                .when().post("/api/patients/" + patientId + "/plans/" + draft.path("id") + "/approval")
                .then().statusCode(200);
    }

    /** The measurements the REST API holds for the patient (as nurse Nora reads them): report id of each. */
    static List<String> reportIdsOfMeasurements(String patientId) {
        return given().auth().oauth2(nurse()).queryParam("size", 100).queryParam("page", 0)
                .when().get("/api/patients/" + patientId + "/measurements")
                .then().statusCode(200).extract().path("items.reportId");
    }

    /** How many measurements the REST API holds for the patient. */
    static int measurementCount(String patientId) {
        return given().auth().oauth2(nurse()).queryParam("size", 1)
                .when().get("/api/patients/" + patientId + "/measurements")
                .then().statusCode(200).extract().path("totalItems");
    }

    /** The access log of the patient as nurse Nora reads it: the outcome of each of the hospital client's rows. */
    static List<String> hospitalOutcomes(String patientId) {
        List<Map<String, Object>> items = given().auth().oauth2(nurse()).queryParam("size", 100)
                .when().get("/api/patients/" + patientId + "/access-log")
                .then().statusCode(200).extract().path("items");
        return items.stream().filter(i -> "fhir-client".equals(i.get("actorRole")))
                .map(i -> String.valueOf(i.get("outcome"))).toList();
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}

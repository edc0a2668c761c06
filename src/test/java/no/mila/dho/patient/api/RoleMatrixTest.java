package no.mila.dho.patient.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import no.mila.dho.testsupport.AlertFixtures;
import no.mila.dho.testsupport.PatientFixtures;
import no.mila.dho.testsupport.SyntheticIds;
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint of the patient issue, called by every kind of caller: no token, the patient themselves, a
 * nurse, the coordinator of the patient's municipality and of another, the patient's GP and another physician,
 * and an admin. Each cell is the status the access rules give.
 */
@QuarkusTest
class RoleMatrixTest {

    static final String OWN_LOGIN = "matrix-patient-" + UUID.randomUUID();
    static final List<String> CALLERS = List.of("none", "patient", "nurse", "coordinator-own", "coordinator-other",
            "physician-own", "physician-other", "admin");

    private static String token(String caller) {
        return switch (caller) {
            case "patient" -> Tokens.patient(OWN_LOGIN);
            case "nurse" -> Tokens.nurse();
            case "coordinator-own" -> Tokens.coordinator("3209");
            case "coordinator-other" -> Tokens.coordinator("3228");
            case "physician-own" -> Tokens.physician(PatientFixtures.GP_HPR);
            case "physician-other" -> Tokens.physician("9299999");
            case "admin" -> Tokens.admin();
            case "team-leader" -> Tokens.teamLeader();
            default -> null;
        };
    }

    record Endpoint(String method, String path, Supplier<Object> body, int... expected) {
    }

    @Test
    void every_endpoint_answers_every_caller_as_specified() {
        String[] ids = PatientFixtures.allocatedPatient("3209", "COPD");
        String p = "/api/patients/" + ids[0];
        String e = p + "/episodes/" + ids[1];
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("subject", OWN_LOGIN))
                .put(p + "/login").then().statusCode(204);
        String equipmentId = given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON)
                .body(Map.of("type", "SCALES", "serialNumber", "S-" + UUID.randomUUID(), "handedOutOn", no.mila.dho.shared.time.ClockProducer.today(java.time.Clock.systemUTC()).toString()))
                .post(p + "/equipment").then().statusCode(201).extract().path("id");
        String today = no.mila.dho.shared.time.ClockProducer.today(java.time.Clock.systemUTC()).toString();
        String future = no.mila.dho.shared.time.ClockProducer.today(java.time.Clock.systemUTC()).plusDays(20).toString();
        String thread = given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON)
                .body(Map.of("subject", "Matrise", "text", "x")).post(p + "/messages").then().statusCode(201)
                .extract().path("threadId");
        Supplier<Object> message = () -> Map.of("subject", "Matrise", "text", "x");
        Supplier<Object> reply = () -> Map.of("text", "x");

        //                      none patient nurse c-own c-other p-own p-other admin
        List<Endpoint> endpoints = List.of(
                new Endpoint("POST", "/api/patients", () -> Map.of("nationalId", SyntheticIds.next(), "givenName", "M",
                        "familyName", "X", "municipality", "3209"), 401, 403, 201, 201, 403, 403, 403, 403),
                new Endpoint("GET", "/api/patients", null, 401, 403, 200, 200, 200, 200, 200, 403),
                new Endpoint("GET", p, null, 401, 403, 200, 200, 404, 200, 404, 403),
                new Endpoint("PUT", p, () -> update(p), 401, 403, 200, 200, 404, 403, 403, 403),
                new Endpoint("PATCH", p, () -> Map.of("phone", "+47 400 00 009", "version", version(p)),
                        401, 403, 200, 200, 404, 403, 403, 403),
                new Endpoint("PUT", p + "/physicians", () -> physicians(p), 401, 403, 200, 200, 404, 403, 403, 403),
                new Endpoint("GET", p + "/physicians/history", null, 401, 403, 200, 200, 404, 200, 404, 403),
                new Endpoint("PUT", p + "/login", () -> Map.of("subject", OWN_LOGIN), 401, 403, 403, 403, 403, 403, 403, 204),
                new Endpoint("GET", p + "/access-log", null, 401, 403, 200, 403, 403, 403, 403, 200),
                new Endpoint("GET", p + "/episodes", null, 401, 403, 200, 200, 404, 200, 404, 403),
                new Endpoint("POST", p + "/episodes", () -> Map.of("pathway", "COPD", "source", "GP",
                        "oralConsent", true, "referredOn", today), 401, 403, 409, 409, 404, 403, 403, 403),
                new Endpoint("POST", e + "/assessment", () -> Map.of("answers", PatientFixtures.answers("COPD")),
                        401, 403, 409, 409, 404, 403, 403, 403),
                new Endpoint("POST", e + "/allocation", PatientFixtures::allocation, 401, 403, 409, 409, 404, 403, 403, 403),
                new Endpoint("POST", e + "/pause", () -> Map.of("reason", "x"), 401, 403, 409, 409, 404, 403, 403, 403),
                new Endpoint("POST", e + "/resume", () -> Map.of("reason", "x"), 401, 403, 409, 409, 404, 403, 403, 403),
                new Endpoint("POST", e + "/end", () -> Map.of("reason", "OTHER", "reasonText", "x",
                        "plannedEndDate", future, "coordinatorInformed", false), 401, 403, 400, 400, 404, 403, 403, 403),
                new Endpoint("GET", p + "/equipment", null, 401, 403, 200, 200, 404, 200, 404, 403),
                new Endpoint("POST", p + "/equipment", () -> Map.of("type", "THERMOMETER", "serialNumber",
                        "T-" + UUID.randomUUID(), "handedOutOn", today), 401, 403, 201, 201, 404, 403, 403, 403),
                new Endpoint("POST", p + "/equipment/" + equipmentId + "/return", () -> Map.of("returnedOn", "2000-01-01"),
                        401, 403, 400, 400, 404, 403, 403, 403),
                new Endpoint("GET", "/api/municipalities/3209/equipment", null, 401, 403, 200, 200, 404, 403, 403, 403),
                new Endpoint("GET", "/api/me", null, 401, 200, 403, 403, 403, 403, 403, 403),
                new Endpoint("GET", "/api/me/access-log", null, 401, 200, 403, 403, 403, 403, 403, 403),
                // consent (issue 14): the coordinator's withdrawal after the nurse's finds nothing left to withdraw
                new Endpoint("GET", p + "/consent", null, 401, 403, 200, 200, 404, 200, 404, 403),
                new Endpoint("POST", p + "/consent/withdrawals", () -> Map.of("party", "GP", "reason", "x"),
                        401, 403, 201, 409, 404, 403, 403, 403),
                new Endpoint("POST", p + "/consent/renewals", () -> Map.of("party", "GP", "consentDate", today,
                        "reason", "x"), 401, 403, 201, 409, 404, 403, 403, 403),
                new Endpoint("GET", "/api/me/consent", null, 401, 200, 403, 403, 403, 403, 403, 403),
                new Endpoint("POST", "/api/me/consent/withdrawals", () -> Map.of("party", "HOSPITAL"),
                        401, 201, 403, 403, 403, 403, 403, 403),
                // messages: only the patient and the follow-up service's nurses; coordinators and physicians no content
                new Endpoint("GET", p + "/messages", null, 401, 403, 200, 403, 403, 403, 403, 403),
                new Endpoint("POST", p + "/messages", message, 401, 403, 201, 403, 403, 403, 403, 403),
                new Endpoint("GET", p + "/messages/" + thread, null, 401, 403, 200, 403, 403, 403, 403, 403),
                new Endpoint("POST", p + "/messages/" + thread, reply, 401, 403, 201, 403, 403, 403, 403, 403),
                new Endpoint("POST", p + "/messages/" + thread + "/read", null, 401, 403, 204, 403, 403, 403, 403, 403),
                new Endpoint("GET", "/api/me/messages", null, 401, 200, 403, 403, 403, 403, 403, 403),
                new Endpoint("POST", "/api/me/messages", message, 401, 201, 403, 403, 403, 403, 403, 403),
                new Endpoint("GET", "/api/me/messages/" + thread, null, 401, 200, 403, 403, 403, 403, 403, 403),
                new Endpoint("POST", "/api/me/messages/" + thread, reply, 401, 201, 403, 403, 403, 403, 403, 403),
                new Endpoint("POST", "/api/me/messages/" + thread + "/read", null, 401, 204, 403, 403, 403, 403, 403, 403),
                new Endpoint("GET", "/api/pathways", null, 401, 403, 200, 200, 200, 200, 200, 200),
                new Endpoint("GET", "/api/departments", null, 401, 403, 200, 200, 200, 200, 200, 200));

        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            for (int i = 0; i < CALLERS.size(); i++) {
                int status = call(endpoint, CALLERS.get(i));
                if (status != endpoint.expected()[i]) {
                    wrong.add(endpoint.method() + " " + endpoint.path() + " as " + CALLERS.get(i) + ": " + status
                            + " (expected " + endpoint.expected()[i] + ")");
                }
            }
        }
        assertThat(wrong).as("cells that differ from the access rules").isEmpty();
    }

    @Inject
    AgroalDataSource dataSource;

    /**
     * The hand-overs of a red alert of a patient of Ullensaker (the own coordinator's): nurses handle it, the team
     * leader reads and reassigns it, nobody else sees it. The calls change nothing: the alert is open (a take-over
     * is refused 409) and the nurse named in a reassignment is unknown (400).
     */
    @Test
    void hand_overs_answer_every_caller_as_specified() throws Exception {
        String a = "/api/alerts/" + new AlertFixtures(dataSource).redAlert("3209");
        Supplier<Object> takeOver = () -> Map.of("reason", "Overtar");
        Supplier<Object> reassign = () -> Map.of("nurse", "nobody-" + UUID.randomUUID(), "reason", "Fordeling");
        List<String> callers = List.of("none", "patient", "nurse", "team-leader", "coordinator-own", "physician-own",
                "admin");
        //                      none patient nurse t-lead c-own p-own admin
        List<Endpoint> endpoints = List.of(
                new Endpoint("GET", "/api/worklist", null, 401, 403, 200, 200, 403, 403, 403),
                new Endpoint("GET", a, null, 401, 403, 200, 200, 403, 403, 403),
                new Endpoint("POST", a + "/take-over", takeOver, 401, 403, 409, 403, 403, 403, 403),
                new Endpoint("POST", a + "/reassign", reassign, 401, 403, 403, 400, 403, 403, 403));
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            for (int i = 0; i < callers.size(); i++) {
                int status = call(endpoint, callers.get(i));
                if (status != endpoint.expected()[i]) {
                    wrong.add(endpoint.method() + " " + endpoint.path() + " as " + callers.get(i) + ": " + status
                            + " (expected " + endpoint.expected()[i] + ")");
                }
            }
        }
        assertThat(wrong).as("cells that differ from the access rules").isEmpty();
    }

    private static int call(Endpoint endpoint, String caller) {
        RequestSpecification request = given();
        String token = token(caller);
        if (token != null) {
            request.auth().oauth2(token);
        }
        if (endpoint.body() != null) {
            request.contentType("PATCH".equals(endpoint.method()) ? "application/merge-patch+json" : "application/json")
                    .body(endpoint.body().get());
        }
        return request.request(endpoint.method(), endpoint.path()).then().extract().statusCode();
    }

    private static int version(String path) {
        return given().auth().oauth2(Tokens.nurse()).get(path).then().extract().path("version");
    }

    /** A full replacement: every field, optional ones sent as null. */
    private static Map<String, Object> update(String path) {
        Map<String, Object> body = new HashMap<>(Map.of("givenName", "M", "familyName", "X", "municipality", "3209",
                "version", version(path), "gp", Map.of("name", "Lege", "hpr", PatientFixtures.GP_HPR)));
        body.put("phone", null);
        body.put("responsiblePhysician", null);
        body.put("coordinator", null);
        return body;
    }

    private static Map<String, Object> physicians(String path) {
        Map<String, Object> body = new HashMap<>(Map.of("version", version(path),
                "gp", Map.of("name", "Lege", "hpr", PatientFixtures.GP_HPR)));
        body.put("responsiblePhysician", null);
        return body;
    }
}

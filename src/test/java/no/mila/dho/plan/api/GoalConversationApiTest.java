package no.mila.dho.plan.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import no.mila.dho.shared.time.ClockProducer;
import no.mila.dho.testsupport.PatientFixtures;
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** The goal conversation (målsamtale): who records and reads it, what it refuses, and that it is logged. */
@QuarkusTest
class GoalConversationApiTest {

    static final LocalDate TODAY = ClockProducer.today(java.time.Clock.systemUTC());

    static ValidatableResponse record(String token, String patient, LocalDate heldOn, List<String> goals) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("heldOn", heldOn.toString(), "whatMatters", "Å klare meg selv hjemme", "goals", goals))
                .post("/api/patients/" + patient + "/goal-conversations").then();
    }

    @Test
    void a_nurse_records_versions_that_the_patients_physician_reads_and_the_access_log_keeps() {
        String patient = PatientFixtures.allocatedPatient("3209", "COPD")[0];
        record(Tokens.nurse(), patient, TODAY, List.of("Handle selv")).statusCode(201)
                .body("versionNo", equalTo(1)).body("goals", contains("Handle selv"));
        record(Tokens.nurse(), patient, TODAY, List.of("Handle selv", "Gå trappene")).statusCode(201)
                .body("versionNo", equalTo(2)).body("recordedByName", equalTo("Nora Sykepleier"));
        given().auth().oauth2(Tokens.physician(PatientFixtures.GP_HPR)).get("/api/patients/" + patient
                + "/goal-conversations").then().statusCode(200).body("versionNo", contains(2, 1));
        given().auth().oauth2(Tokens.physician("9299999")).get("/api/patients/" + patient + "/goal-conversations")
                .then().statusCode(404);
        given().auth().oauth2(Tokens.coordinator("3209")).get("/api/patients/" + patient + "/goal-conversations")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.nurse()).queryParam("size", 100).get("/api/patients/" + patient + "/access-log")
                .then().body("items.resource", hasItem("goal-conversation POST /api/patients/" + patient
                        + "/goal-conversations"));
    }

    @Test
    void a_conversation_needs_an_allocated_patient_a_date_not_ahead_and_the_plans_limits_on_goals() {
        String referred = PatientFixtures.registerPatient("3209");
        PatientFixtures.refer(referred, "COPD");
        record(Tokens.nurse(), referred, TODAY, List.of("Handle selv")).statusCode(409)
                .body("type", equalTo("urn:dho:problem:not-in-follow-up"));
        String patient = PatientFixtures.allocatedPatient("3209", "COPD")[0];
        record(Tokens.nurse(), patient, TODAY.plusDays(1), List.of("Handle selv")).statusCode(400)
                .body("errors[0].field", equalTo("heldOn"));
        record(Tokens.nurse(), patient, TODAY, Collections.nCopies(11, "Mål")).statusCode(400);
        record(Tokens.nurse(), patient, TODAY, List.of(" ")).statusCode(400);
    }
}

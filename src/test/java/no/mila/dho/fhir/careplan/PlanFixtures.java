package no.mila.dho.fhir.careplan;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import no.mila.dho.testsupport.PatientFixtures;
import no.mila.dho.testsupport.Tokens;

/** Patients with self-management plans, made through the REST API as nurses and the GP would. */
public final class PlanFixtures {

    public static final String GP = Tokens.physician(PatientFixtures.GP_HPR);

    private PlanFixtures() {
    }

    /** A COPD patient in baseline (written consent), referred from Ahus' lung department or by the GP. */
    public static String allocatedPatient(boolean referredFromAhus) {
        String patient = PatientFixtures.registerPatient("3209");
        String today = no.mila.dho.shared.time.ClockProducer.today(java.time.Clock.systemUTC()).minusDays(3).toString();
        Map<String, Object> referral = referredFromAhus
                ? Map.of("pathway", "COPD", "source", "HOSPITAL_DEPARTMENT", "department", "AHUS_LUNG",
                "oralConsent", true, "referredOn", today)
                : Map.of("pathway", "COPD", "source", "GP", "oralConsent", true, "referredOn", today);
        String episode = given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON).body(referral)
                .post("/api/patients/" + patient + "/episodes").then().statusCode(201).extract().path("id");
        PatientFixtures.assess(patient, episode, PatientFixtures.answers("COPD"));
        given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON).body(PatientFixtures.allocation())
                .post("/api/patients/" + patient + "/episodes/" + episode + "/allocation").then().statusCode(200);
        return patient;
    }

    /** A nurse's new draft (from the template, or from the active plan), with these goals. */
    public static ExtractableResponse<Response> draft(String patient, String goal) {
        return given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON)
                .body(Map.of("goals", List.of(goal))).post("/api/patients/" + patient + "/plans")
                .then().statusCode(201).extract();
    }

    /** The GP approves the draft: it becomes the active plan. */
    public static void approve(ExtractableResponse<Response> draft) {
        given().auth().oauth2(GP).contentType(ContentType.JSON).body(Map.of("version", draft.path("version")))
                .post("/api/patients/" + draft.path("patientId") + "/plans/" + draft.path("id") + "/approval")
                .then().statusCode(200);
    }

    /** Version 1 approved, version 2 approved (1 superseded), version 3 a draft being worked on. */
    public static String patientWithThreeVersions(boolean referredFromAhus) {
        String patient = allocatedPatient(referredFromAhus);
        approve(draft(patient, "Gå tur med barnebarna"));
        approve(draft(patient, "Klare trappene hjemme"));
        draft(patient, "Reise på hytta i sommer");
        return patient;
    }
}

package no.mila.dho.fhir.observation;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import no.mila.dho.testsupport.PatientFixtures;
import no.mila.dho.testsupport.Tokens;

/** Patients with reports sent through the REST API, for the FHIR Observation tests. */
public final class ObservationFixtures {

    private ObservationFixtures() {
    }

    /** An allocated COPD patient with a login: {patientId, login subject}. */
    public static String[] copdPatientWithLogin() {
        String patientId = PatientFixtures.allocatedPatient("3209", "COPD")[0];
        return new String[] {patientId, PatientFixtures.linkLogin(patientId)};
    }

    /** A report by the patient: blood pressure, pulse and SpO2 measured at {@code measuredAt}. */
    public static void report(String subject, Instant measuredAt, int systolic, int diastolic, int pulse, int spo2) {
        Map<String, Object> body = new HashMap<>();
        body.put("reportId", UUID.randomUUID().toString());
        body.put("measuredAt", measuredAt.toString());
        body.put("bloodPressure", Map.of("systolic", systolic, "diastolic", diastolic, "unit", "mmHg"));
        body.put("pulse", Map.of("value", pulse, "unit", "/min"));
        body.put("spo2", Map.of("value", spo2, "unit", "%"));
        given().auth().oauth2(Tokens.patient(subject)).contentType(ContentType.JSON).body(body)
                .when().post("/api/me/reports").then().statusCode(201);
    }
}

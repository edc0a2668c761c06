package no.mila.dho.fhir.server;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.mila.dho.testsupport.FhirTokens;
import no.mila.dho.testsupport.FhirValidation;
import no.mila.dho.testsupport.PatientFixtures;
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The hospital's machine client sees a patient only under the written consent of allocation and only when one of its
 * departments follows the patient (responsible department) or referred them; any other patient is invisible exactly as
 * one that does not exist: read 404, search total 0, and the access log says DENIED. Coordinators get nothing.
 */
@QuarkusTest
class FhirHospitalAccessTest {

    private static final String FNR = "urn:oid:2.16.578.1.12.4.1.4.1|";

    @Test
    void a_consented_patient_followed_by_the_hospitals_department_is_visible() {
        String id = PatientFixtures.allocatedPatient("3209", "COPD")[0];
        followedBy(id, "AHUS_LUNG");
        FhirValidation.assertValid(given().auth().oauth2(FhirTokens.hospital()).get("/fhir/r4/Patient/" + id).then()
                .statusCode(200).body("id", equalTo(id)).extract().asString());
        String bundle = given().auth().oauth2(FhirTokens.hospital()).queryParam("identifier", FNR + nationalId(id))
                .get("/fhir/r4/Patient").then().statusCode(200).body("total", equalTo(1))
                .body("entry[0].resource.id", equalTo(id)).extract().asString();
        FhirValidation.assertValid(bundle);
        assertThat(outcomesOfFhirRows(id)).contains("ALLOWED");
    }

    @Test
    void a_consented_patient_referred_from_the_hospital_is_visible() {
        String id = PatientFixtures.registerPatient("3209");
        String episode = given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON)
                .body(Map.of("pathway", "HEART_FAILURE", "source", "HOSPITAL_DEPARTMENT", "department", "AHUS_HEART",
                        "oralConsent", true, "referredOn", java.time.LocalDate.now().minusDays(3).toString()))
                .post("/api/patients/" + id + "/episodes").then().statusCode(201).extract().path("id");
        given().auth().oauth2(FhirTokens.hospital()).get("/fhir/r4/Patient/" + id).then().statusCode(404);
        PatientFixtures.assess(id, episode, PatientFixtures.answers("HEART_FAILURE"));
        given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON).body(PatientFixtures.allocation())
                .post("/api/patients/" + id + "/episodes/" + episode + "/allocation").then().statusCode(200);
        given().auth().oauth2(FhirTokens.hospital()).get("/fhir/r4/Patient/" + id).then().statusCode(200);
    }

    @Test
    void without_consent_or_without_the_hospitals_department_a_patient_is_invisible_and_the_attempt_is_denied() {
        String notConsented = PatientFixtures.registerPatient("3209");
        followedBy(notConsented, "AHUS_LUNG");
        PatientFixtures.refer(notConsented, "COPD");
        String notFollowed = PatientFixtures.allocatedPatient("3209", "COPD")[0];
        for (String id : List.of(notConsented, notFollowed)) {
            given().auth().oauth2(FhirTokens.hospital()).get("/fhir/r4/Patient/" + id).then().statusCode(404)
                    .body("resourceType", equalTo("OperationOutcome"));
            given().auth().oauth2(FhirTokens.hospital()).queryParam("identifier", FNR + nationalId(id))
                    .get("/fhir/r4/Patient").then().statusCode(200).body("total", equalTo(0));
            assertThat(outcomesOfFhirRows(id)).containsOnly("DENIED").hasSize(2);
        }
    }

    @Test
    void another_hospitals_client_does_not_see_the_patients_of_this_one() {
        String id = PatientFixtures.allocatedPatient("3209", "COPD")[0];
        followedBy(id, "AHUS_LUNG");
        given().auth().oauth2(FhirTokens.hospital("OUS", FhirTokens.HOSPITAL_SCOPES)).get("/fhir/r4/Patient/" + id)
                .then().statusCode(404);
        given().auth().oauth2(Tokens.token("client-without-hospital", "x", "fhir-client",
                Map.of("scope", FhirTokens.HOSPITAL_SCOPES))).get("/fhir/r4/Patient/" + id).then().statusCode(404);
    }

    @Test
    void coordinators_get_nothing_over_fhir_and_the_refusal_is_logged() {
        String id = PatientFixtures.allocatedPatient("3209", "COPD")[0];
        for (String type : FhirRoles.SERVED) {
            // every type but the Patient and the (not patient-specific) Questionnaire is searched by patient
            String query = switch (type) {
                case "Questionnaire" -> "";
                case "Patient" -> "?identifier=" + FNR + "01010112345";
                default -> "?patient=" + id;
            };
            given().auth().oauth2(FhirTokens.coordinator("3209")).get("/fhir/r4/" + type + query).then()
                    .log().ifValidationFails().statusCode(403).body("resourceType", equalTo("OperationOutcome"))
                    .body("issue[0].code", equalTo("forbidden"));
        }
        given().auth().oauth2(FhirTokens.coordinator("3209")).get("/fhir/r4/Patient/" + id).then().statusCode(403);
    }

    @Test
    void a_patient_reads_their_own_record_only() {
        String own = PatientFixtures.registerPatient("3209");
        String subject = PatientFixtures.linkLogin(own);
        String other = PatientFixtures.registerPatient("3209");
        given().auth().oauth2(FhirTokens.patient(subject)).get("/fhir/r4/Patient/" + own).then().statusCode(200);
        given().auth().oauth2(FhirTokens.patient(subject)).get("/fhir/r4/Patient/" + other).then().statusCode(404);
        given().auth().oauth2(FhirTokens.physician("9299999")).get("/fhir/r4/Patient/" + own).then().statusCode(404);
        given().auth().oauth2(FhirTokens.physician(PatientFixtures.GP_HPR)).get("/fhir/r4/Patient/" + own).then()
                .statusCode(200);
    }

    @Test
    void the_hospital_client_may_not_read_what_its_role_or_scopes_do_not_allow() {
        String id = PatientFixtures.allocatedPatient("3209", "COPD")[0];
        followedBy(id, "AHUS_LUNG");
        given().auth().oauth2(FhirTokens.hospital()).queryParam("patient", id).get("/fhir/r4/Task").then()
                .statusCode(403);
        given().auth().oauth2(FhirTokens.hospital("AHUS", "system/Observation.rs")).get("/fhir/r4/Patient/" + id)
                .then().statusCode(403).body("issue[0].diagnostics",
                        org.hamcrest.Matchers.containsString("system/Patient.rs"));
        given().auth().oauth2(FhirTokens.hospital("AHUS", "user/*.rs")).get("/fhir/r4/Patient/" + id)
                .then().statusCode(403);
    }

    @Test
    void bad_paging_and_unknown_things_are_operation_outcomes() {
        given().auth().oauth2(FhirTokens.nurse()).queryParam("identifier", "x").queryParam("_count", "-1")
                .get("/fhir/r4/Patient").then().statusCode(400).body("resourceType", equalTo("OperationOutcome"));
        given().auth().oauth2(FhirTokens.nurse()).get("/fhir/r4/Patient/not-a-uuid").then().statusCode(404)
                .body("resourceType", equalTo("OperationOutcome"));
        given().auth().oauth2(FhirTokens.nurse()).get("/fhir/r4/Patient").then().statusCode(400)
                .body("resourceType", equalTo("OperationOutcome"));
        given().auth().oauth2(FhirTokens.nurse()).get("/fhir/r4/Medication/1").then().statusCode(404)
                .body("resourceType", equalTo("OperationOutcome"));
    }

    private static void followedBy(String patientId, String department) {
        int version = given().auth().oauth2(Tokens.nurse()).get("/api/patients/" + patientId).then().statusCode(200)
                .extract().path("version");
        Map<String, Object> body = new HashMap<>();
        body.put("gp", Map.of("name", "Lege", "hpr", PatientFixtures.GP_HPR));
        body.put("responsiblePhysician", Map.of("name", "Lungelege", "hpr", "9300001", "department", department));
        body.put("version", version);
        given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON).body(body)
                .put("/api/patients/" + patientId + "/physicians").then().statusCode(200);
    }

    private static String nationalId(String patientId) {
        return given().auth().oauth2(Tokens.nurse()).get("/api/patients/" + patientId).then().statusCode(200)
                .extract().path("nationalId");
    }

    private static List<String> outcomesOfFhirRows(String patientId) {
        List<Map<String, Object>> rows = given().auth().oauth2(Tokens.nurse()).queryParam("size", 100)
                .get("/api/patients/" + patientId + "/access-log").then().statusCode(200).extract().path("items");
        return rows.stream().filter(r -> String.valueOf(r.get("resource")).startsWith("fhir "))
                .map(r -> String.valueOf(r.get("outcome"))).toList();
    }
}

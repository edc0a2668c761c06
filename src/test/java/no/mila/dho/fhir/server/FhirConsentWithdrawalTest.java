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
import no.mila.dho.testsupport.PatientFixtures;
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A withdrawal of sharing with the hospital ends the hospital client's FHIR access at once (the next request, with
 * nothing cached in between): read 404, search total 0, access log DENIED; sharing given again opens it again.
 */
@QuarkusTest
class FhirConsentWithdrawalTest {

    private static final String FNR = "urn:oid:2.16.578.1.12.4.1.4.1|";

    @Test
    void withdrawing_sharing_with_the_hospital_ends_its_fhir_access_at_once() {
        String id = PatientFixtures.allocatedPatient("3209", "COPD")[0];
        followedBy(id, "AHUS_LUNG");
        String nationalId = nationalId(id);
        given().auth().oauth2(FhirTokens.hospital()).get("/fhir/r4/Patient/" + id).then().statusCode(200);
        given().auth().oauth2(FhirTokens.hospital()).queryParam("patient", id).get("/fhir/r4/Observation").then()
                .statusCode(200);
        assertThat(outcomesOfFhirRows(id)).containsOnly("ALLOWED").hasSize(2);

        withdraw(id, "HOSPITAL");

        given().auth().oauth2(FhirTokens.hospital()).get("/fhir/r4/Patient/" + id).then().statusCode(404)
                .body("resourceType", equalTo("OperationOutcome"));
        given().auth().oauth2(FhirTokens.hospital()).queryParam("identifier", FNR + nationalId)
                .get("/fhir/r4/Patient").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(FhirTokens.hospital()).queryParam("patient", id).get("/fhir/r4/Observation").then()
                .statusCode(200).body("total", equalTo(0));
        assertThat(outcomesOfFhirRows(id)).containsExactly("ALLOWED", "ALLOWED", "DENIED", "DENIED", "DENIED");

        // clinicians of the follow-up service are not affected; the hospital's sharing comes back only when given again
        given().auth().oauth2(FhirTokens.nurse()).get("/fhir/r4/Patient/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON)
                .body(Map.of("party", "HOSPITAL", "consentDate", java.time.LocalDate.now().minusDays(1).toString(),
                        "reason", "Nytt skjema signert"))
                .post("/api/patients/" + id + "/consent/renewals").then().statusCode(201);
        given().auth().oauth2(FhirTokens.hospital()).get("/fhir/r4/Patient/" + id).then().statusCode(200);
    }

    @Test
    void withdrawing_sharing_with_the_gp_or_municipality_leaves_the_hospitals_access() {
        String id = PatientFixtures.allocatedPatient("3209", "COPD")[0];
        followedBy(id, "AHUS_LUNG");
        withdraw(id, "GP");
        withdraw(id, "MUNICIPALITY");
        given().auth().oauth2(FhirTokens.hospital()).get("/fhir/r4/Patient/" + id).then().statusCode(200);
    }

    private static void withdraw(String patientId, String party) {
        given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON)
                .body(Map.of("party", party, "reason", "Pasienten trekker samtykket"))
                .post("/api/patients/" + patientId + "/consent/withdrawals").then().statusCode(201);
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

    /** The outcomes of the FHIR rows of the access log, oldest first (the log lists newest first). */
    private static List<String> outcomesOfFhirRows(String patientId) {
        List<Map<String, Object>> rows = given().auth().oauth2(Tokens.nurse()).queryParam("size", 100)
                .get("/api/patients/" + patientId + "/access-log").then().statusCode(200).extract().path("items");
        List<String> outcomes = new java.util.ArrayList<>(rows.stream()
                .filter(r -> String.valueOf(r.get("resource")).startsWith("fhir ")
                        && !"nurse".equals(r.get("actorRole")))
                .map(r -> String.valueOf(r.get("outcome"))).toList());
        java.util.Collections.reverse(outcomes);
        return outcomes;
    }
}

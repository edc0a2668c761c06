package no.mila.dho.fhir.threshold;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import no.mila.dho.testsupport.FhirTokens;
import no.mila.dho.testsupport.FhirValidation;
import no.mila.dho.testsupport.PatientFixtures;
import no.mila.dho.testsupport.ThresholdFixtures;
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** A patient's threshold versions as {@code Basic}, with their history: the version in force, each version, who. */
@QuarkusTest
class ThresholdFhirTest {

    @Test
    void the_versions_are_the_history_and_the_one_in_force_is_the_newest() {
        String p = PatientFixtures.allocatedPatient("3209", "COPD")[0];
        String v1 = given().auth().oauth2(FhirTokens.nurse()).get("/fhir/r4/Basic/" + p).then().statusCode(200)
                .body("meta.versionId", equalTo("1")).body("subject.reference", equalTo("Patient/" + p))
                .body("text.div", containsString("Terskelverdier, versjon 1")).extract().asString();
        FhirValidation.assertValid(v1);

        ExtractableResponse<Response> proposed = ThresholdFixtures.propose(Tokens.nurse(), p,
                ThresholdFixtures.copdProposal("Etter 14 dager", 86, 90));
        ExtractableResponse<Response> ordered = ThresholdFixtures.step(Tokens.physician(PatientFixtures.GP_HPR), p,
                proposed.path("id"), "order", ((Number) proposed.path("version")).longValue());
        ThresholdFixtures.step(Tokens.nurse("nurse-2"), p, proposed.path("id"), "verification",
                ((Number) ordered.path("version")).longValue());

        String current = given().auth().oauth2(FhirTokens.nurse()).get("/fhir/r4/Basic/" + p).then().statusCode(200)
                .body("meta.versionId", equalTo("2")).body("text.div", containsString("kontrollert av"))
                .extract().asString();
        FhirValidation.assertValid(current);
        String history = given().auth().oauth2(FhirTokens.nurse()).get("/fhir/r4/Basic/" + p + "/_history").then()
                .statusCode(200).body("type", equalTo("history"))
                .body("entry.resource.meta.versionId", contains("2", "1")).extract().asString();
        FhirValidation.assertValid(history);
        FhirValidation.assertValid(given().auth().oauth2(FhirTokens.nurse()).get("/fhir/r4/Basic/" + p + "/_history/1")
                .then().statusCode(200).body("meta.versionId", equalTo("1")).extract().asString());
        given().auth().oauth2(FhirTokens.nurse()).get("/fhir/r4/Basic/" + p + "/_history/3").then().statusCode(404);
        given().auth().oauth2(FhirTokens.nurse()).queryParam("patient", p).get("/fhir/r4/Basic").then()
                .statusCode(200).body("entry.resource.meta.versionId", contains("2"));
    }

    @Test
    void the_thresholds_are_hidden_from_whom_the_patient_is_hidden() {
        String p = PatientFixtures.allocatedPatient("3209", "COPD")[0];
        given().auth().oauth2(FhirTokens.hospital()).get("/fhir/r4/Basic/" + p).then().statusCode(404);
        given().auth().oauth2(FhirTokens.hospital()).queryParam("patient", p).get("/fhir/r4/Basic").then()
                .statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(FhirTokens.physician("9299999")).get("/fhir/r4/Basic/" + p).then().statusCode(404);
        given().auth().oauth2(FhirTokens.patient(PatientFixtures.linkLogin(p))).get("/fhir/r4/Basic/" + p).then()
                .statusCode(403);
        String unallocated = PatientFixtures.registerPatient("3209");
        given().auth().oauth2(FhirTokens.nurse()).get("/fhir/r4/Basic/" + unallocated).then().statusCode(404);
    }
}

package no.mila.dho.fhir.server;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import no.mila.dho.testsupport.FhirTokens;
import no.mila.dho.testsupport.FhirValidation;
import no.mila.dho.testsupport.PatientFixtures;
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FhirServerTest {

    @Test
    void the_capability_statement_is_public_and_lists_the_patient() {
        given().when().get("/fhir/r4/metadata").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.containsString("fhir+json"))
                .body("resourceType", equalTo("CapabilityStatement"))
                .body("rest[0].resource.type", hasItem("Patient"));
    }

    @Test
    void the_capability_statement_and_a_patient_validate() {
        FhirValidation.assertValid(given().when().get("/fhir/r4/metadata").then().statusCode(200).extract().asString());
        String id = PatientFixtures.registerPatient("3209");
        FhirValidation.assertValid(given().auth().oauth2(FhirTokens.nurse()).when().get("/fhir/r4/Patient/" + id)
                .then().statusCode(200).extract().asString());
    }

    @Test
    void the_smart_configuration_is_public() {
        given().when().get("/fhir/r4/.well-known/smart-configuration").then().statusCode(200)
                .body("token_endpoint", org.hamcrest.Matchers.endsWith("/protocol/openid-connect/token"));
    }

    @Test
    void without_a_token_a_resource_is_401_operation_outcome() {
        given().when().get("/fhir/r4/Patient/" + java.util.UUID.randomUUID()).then().statusCode(401)
                .body("resourceType", equalTo("OperationOutcome"));
    }

    @Test
    void a_nurse_reads_a_patient() {
        String id = PatientFixtures.registerPatient("3209");
        String json = given().auth().oauth2(FhirTokens.nurse()).when().get("/fhir/r4/Patient/" + id).then()
                .statusCode(200).body("resourceType", equalTo("Patient")).extract().asString();
        assertThat(json).contains("urn:oid:2.16.578.1.12.4.1.4.1");
    }

    @Test
    void a_token_without_scopes_is_403_and_coordinators_get_nothing() {
        String id = PatientFixtures.registerPatient("3209");
        given().auth().oauth2(Tokens.nurse()).when().get("/fhir/r4/Patient/" + id).then().statusCode(403)
                .body("resourceType", equalTo("OperationOutcome"));
        given().auth().oauth2(FhirTokens.coordinator("3209")).when().get("/fhir/r4/Patient/" + id).then()
                .statusCode(403).body("resourceType", equalTo("OperationOutcome"));
    }

    @Test
    void the_hospital_does_not_see_a_patient_without_consent() {
        String id = PatientFixtures.registerPatient("3209");
        given().auth().oauth2(FhirTokens.hospital()).when().get("/fhir/r4/Patient/" + id).then().statusCode(404)
                .body("resourceType", equalTo("OperationOutcome"));
    }
}

package no.mila.dho.fhir;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.FhirVersionEnum;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import no.mila.dho.testsupport.Tokens;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FhirMetadataResourceTest {

    @Inject
    Instance<FhirContext> contexts;

    @Test
    void one_r4_context_is_shared() {
        FhirContext first = contexts.get();
        assertThat(first.getVersion().getVersion()).isEqualTo(FhirVersionEnum.R4);
        assertThat(contexts.get()).isSameAs(first);
    }

    @Test
    void the_capability_statement_is_valid_r4_json() {
        String json = given().auth().oauth2(Tokens.forRole("fhir-client")).when().get("/fhir/r4/metadata")
                .then().statusCode(200).contentType("application/fhir+json")
                .body("resourceType", equalTo("CapabilityStatement")).extract().asString();
        CapabilityStatement parsed = contexts.get().newJsonParser().parseResource(CapabilityStatement.class, json);
        assertThat(parsed.getFhirVersion().toCode()).isEqualTo("4.0.1");
    }

    @Test
    void patients_and_coordinators_get_no_fhir_access() {
        given().auth().oauth2(Tokens.forRole("patient")).when().get("/fhir/r4/metadata").then().statusCode(403);
        given().auth().oauth2(Tokens.forRole("coordinator")).when().get("/fhir/r4/metadata").then().statusCode(403);
    }
}

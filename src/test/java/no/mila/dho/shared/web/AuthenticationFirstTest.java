package no.mila.dho.shared.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** An unauthenticated caller learns nothing about a path but that it needs a token: 401 before 404, 406 or 415. */
@QuarkusTest
class AuthenticationFirstTest {

    private static void assertUnauthorized(ValidatableResponse response) {
        response.statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("urn:dho:problem:unauthorized"))
                .body("requestId", org.hamcrest.Matchers.notNullValue());
    }

    /** The FHIR server answers its 401 as an OperationOutcome, whatever the caller accepts. */
    private static void assertFhirUnauthorized(ValidatableResponse response) {
        response.statusCode(401)
                .contentType("application/fhir+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].code", equalTo("login"));
    }

    @Test
    void a_fhir_resource_asked_for_as_plain_json_without_a_token_is_401_not_406() {
        assertFhirUnauthorized(given().accept("application/json").when().get("/fhir/r4/Observation").then());
    }

    @Test
    void an_unknown_fhir_path_without_a_token_is_401_not_404() {
        assertFhirUnauthorized(given().when().get("/fhir/r4/NoSuchType/1").then());
    }

    @Test
    void an_api_path_asked_for_in_an_odd_media_type_without_a_token_is_401_not_406() {
        assertUnauthorized(given().accept("text/csv").when().get("/api/municipalities").then());
    }

    @Test
    void an_invalid_token_with_an_odd_media_type_is_401_not_406() {
        assertUnauthorized(given().auth().oauth2("not.a.token").accept("image/png")
                .when().get("/api/municipalities").then());
        assertFhirUnauthorized(given().auth().oauth2("not.a.token").accept("image/png")
                .when().get("/fhir/r4/Patient/1").then());
    }

    @Test
    void a_body_of_the_wrong_media_type_without_a_token_is_401_not_415() {
        assertUnauthorized(given().contentType("text/plain").body("x").when().post("/api/municipalities").then());
    }

    @Test
    void an_unknown_api_path_without_a_token_is_401_not_404() {
        assertUnauthorized(given().when().get("/api/no-such-thing").then());
    }

    @Test
    void with_a_token_an_odd_media_type_is_still_refused_as_406() {
        given().auth().oauth2(Tokens.nurse()).accept("text/csv").when().get("/api/municipalities")
                .then().statusCode(406).contentType("application/problem+json");
    }

    @Test
    void fhir_metadata_is_public_and_served_as_plain_json_to_a_client_that_asks_for_it() {
        given().accept("application/json").when().get("/fhir/r4/metadata")
                .then().statusCode(200).body("resourceType", equalTo("CapabilityStatement"));
    }
}

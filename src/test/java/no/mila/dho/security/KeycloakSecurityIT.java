package no.mila.dho.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import no.mila.dho.testsupport.KeycloakTestResource;
import no.mila.dho.testsupport.RealKeycloakProfile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The security set-up against the real thing: Keycloak from Maven Central with the committed realm, and the
 * packaged service. Each demo user's token is accepted with the right roles and claims; a patient is refused
 * on a staff endpoint; a tampered token is refused.
 */
@QuarkusIntegrationTest
@TestProfile(RealKeycloakProfile.class)
class KeycloakSecurityIT {

    static String passwordToken(String username) {
        return given().formParam("grant_type", "password").formParam("client_id", "dho-app")
                .formParam("username", username).formParam("password", "demo")
                .when().post(KeycloakTestResource.server().tokenUrl())
                .then().statusCode(200).extract().path("access_token");
    }

    @ParameterizedTest(name = "{0} is accepted as {1}")
    @CsvSource(nullValues = "-", value = {
            "nora.nurse,       nurse,       9100001, -",
            "kari.coordinator, coordinator, -,       3209",
            "nils.coordinator, coordinator, -,       3228",
            "lars.physician,   physician,   9200001, -",
            "siri.specialist,  physician,   9200002, -",
            "ola.patient,      patient,     -,       -",
            "ada.admin,        admin,       -,       -"})
    void each_demo_user_gets_their_role_and_claims(String username, String role, String hpr, String municipality) {
        given().auth().oauth2(passwordToken(username)).when().get("/api/session")
                .then().statusCode(200)
                .body("roles", contains(role))
                .body("hpr", hpr == null ? nullValue() : equalTo(hpr))
                .body("municipality", municipality == null ? nullValue() : equalTo(municipality));
    }

    @Test
    void a_nurse_token_opens_a_staff_endpoint() {
        given().auth().oauth2(passwordToken("nora.nurse")).when().get("/api/municipalities")
                .then().statusCode(200);
    }

    @Test
    void a_patient_token_is_refused_on_a_staff_endpoint() {
        given().auth().oauth2(passwordToken("ola.patient")).when().get("/api/municipalities")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:dho:problem:forbidden"));
    }

    @Test
    void a_tampered_token_is_refused() {
        String[] parts = passwordToken("ola.patient").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"patient\"", "\"nurse\"");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        given().auth().oauth2(tampered).when().get("/api/municipalities")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void an_unsigned_token_is_refused() {
        String[] parts = passwordToken("nora.nurse").split("\\.");
        String none = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        given().auth().oauth2(none + "." + parts[1] + ".").when().get("/api/session").then().statusCode(401);
    }

    @Test
    void the_hospital_machine_client_reads_fhir_with_its_service_account() {
        String token = given().formParam("grant_type", "client_credentials").formParam("client_id", "hospital-fhir")
                .formParam("client_secret", "demo-hospital-fhir-secret")
                .when().post(KeycloakTestResource.server().tokenUrl())
                .then().statusCode(200).extract().path("access_token");
        given().auth().oauth2(token).when().get("/fhir/r4/metadata").then().statusCode(200);
        given().auth().oauth2(token).when().get("/api/municipalities").then().statusCode(403);
    }
}

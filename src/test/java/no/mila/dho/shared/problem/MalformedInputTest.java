package no.mila.dho.shared.problem;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import no.mila.dho.testsupport.PatientFixtures;
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** Input that cannot be stored or read is a 400 problem naming the field, never a 500, and nothing is stored. */
@QuarkusTest
class MalformedInputTest {

    @TestHTTPResource("/api/municipalities")
    URI municipalities;

    private static ValidatableResponse assertNamed(ValidatableResponse response, String type, String field) {
        return response.statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:dho:problem:" + type))
                .body("errors.field", hasItem(field))
                .body(not(containsString("Exception")))
                .body(not(containsString("com.fasterxml")));
    }

    private static String freshMunicipalityNumber() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(9000, 10000));
    }

    private static ValidatableResponse addMunicipality(String json) {
        return given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(json)
                .when().post("/api/municipalities").then();
    }

    private static void assertNoMunicipality(String number) {
        given().auth().oauth2(Tokens.nurse()).when().get("/api/municipalities/" + number).then().statusCode(404);
    }

    private static String municipalityJson(String number, String name) {
        return "{\"number\": \"" + number + "\", \"name\": \"" + name + "\", \"partnerSince\": \"2026-03-01\"}";
    }

    private static ValidatableResponse report(String patientId, String json) {
        return given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON).body(json)
                .when().post("/api/patients/" + patientId + "/reports").then();
    }

    private static String reportJson(String spo2Value, String extra) {
        return "{\"reportId\": \"" + UUID.randomUUID() + "\", \"measuredAt\": \"" + OffsetDateTime.now().withNano(0)
                + "\", \"spo2\": {\"value\": " + spo2Value + ", \"unit\": \"%\"}" + extra + "}";
    }

    private static void assertNoReports(String patientId) {
        given().auth().oauth2(Tokens.nurse()).when().get("/api/patients/" + patientId + "/measurements")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    private static ValidatableResponse updatePatient(String patientId, String json) {
        return given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON).body(json)
                .when().put("/api/patients/" + patientId).then();
    }

    private static String patientJson(String givenName, String version) {
        return "{\"givenName\": \"" + givenName + "\", \"familyName\": \"Pasient\", \"municipality\": \"3209\","
                + " \"phone\": null, \"responsiblePhysician\": null, \"coordinator\": null,"
                + " \"gp\": {\"name\": \"Lege\", \"hpr\": \"" + PatientFixtures.GP_HPR + "\"}, \"version\": " + version + "}";
    }

    private static void assertPatientUnchanged(String patientId) {
        given().auth().oauth2(Tokens.nurse()).when().get("/api/patients/" + patientId)
                .then().statusCode(200).body("givenName", equalTo("Test"));
    }

    private static String versionOf(String patientId) {
        return given().auth().oauth2(Tokens.nurse()).when().get("/api/patients/" + patientId)
                .then().statusCode(200).extract().path("version").toString();
    }

    @Test
    void a_nul_character_in_a_municipality_name_is_refused_and_nothing_is_stored() {
        String number = freshMunicipalityNumber();
        assertNamed(addMunicipality(municipalityJson(number, "\\u0000Ås")), "validation-failed", "name");
        assertNoMunicipality(number);
    }

    @Test
    void a_control_character_other_than_tab_cr_lf_is_refused_too() {
        String number = freshMunicipalityNumber();
        assertNamed(addMunicipality(municipalityJson(number, "Å\\u001bs")), "validation-failed", "name");
        assertNoMunicipality(number);
    }

    @Test
    void a_nul_character_in_a_patient_name_is_refused_and_the_patient_is_unchanged() {
        String patientId = PatientFixtures.registerPatient("3209");
        assertNamed(updatePatient(patientId, patientJson("Te\\u0000st", versionOf(patientId))), "validation-failed",
                "givenName");
        assertPatientUnchanged(patientId);
    }

    @Test
    void a_nul_character_in_a_report_device_or_note_is_refused_and_no_report_is_stored() {
        String patientId = PatientFixtures.allocatedPatient("3209", "COPD")[0];
        assertNamed(report(patientId, reportJson("95", ", \"device\": {\"type\": \"oximeter\", \"serial\": \"A\\u0000\"}")),
                "validation-failed", "device.serial");
        assertNamed(report(patientId, reportJson("95", ", \"note\": \"\\u0000\"")), "validation-failed", "note");
        assertNoReports(patientId);
    }

    @Test
    void a_nul_character_in_a_query_parameter_is_refused() {
        assertNamed(given().auth().oauth2(Tokens.nurse()).queryParam("name", "Te\u0000st")
                .when().get("/api/patients").then(), "validation-failed", "name");
    }

    @Test
    void the_largest_page_number_is_refused_on_paged_lists_instead_of_overflowing() {
        String patientId = PatientFixtures.registerPatient("3209");
        assertNamed(given().auth().oauth2(Tokens.nurse()).queryParam("page", Integer.MAX_VALUE).queryParam("size", 100)
                .when().get("/api/patients").then(), "validation-failed", "page");
        assertNamed(given().auth().oauth2(Tokens.nurse()).queryParam("page", Integer.MAX_VALUE).queryParam("size", 100)
                .when().get("/api/patients/" + patientId + "/measurements").then(), "validation-failed", "page");
    }

    @Test
    void a_time_outside_the_supported_range_is_refused_naming_the_parameter() {
        String patientId = PatientFixtures.registerPatient("3209");
        String measurements = "/api/patients/" + patientId + "/measurements";
        assertNamed(given().auth().oauth2(Tokens.nurse()).queryParam("from", "-999999999-01-01T00:00:00Z")
                .when().get(measurements).then(), "validation-failed", "from");
        assertNamed(given().auth().oauth2(Tokens.nurse()).queryParam("to", "+294277-01-01T00:00:00Z")
                .when().get(measurements).then(), "validation-failed", "to");
        assertNamed(given().auth().oauth2(Tokens.nurse()).queryParam("from", "yesterday")
                .when().get(measurements).then(), "validation-failed", "from");
        given().auth().oauth2(Tokens.nurse()).queryParam("from", "2026-01-01T00:00:00+01:00")
                .when().get(measurements).then().statusCode(200);
    }

    @Test
    void a_duplicate_key_is_refused_naming_the_field_and_nothing_is_stored() {
        String number = freshMunicipalityNumber();
        assertNamed(addMunicipality("{\"number\": \"" + number + "\", \"name\": \"Ås\", \"name\": \"Ski\","
                + " \"partnerSince\": \"2026-03-01\"}"), "validation-failed", "name");
        assertNoMunicipality(number);

        String[] allocated = PatientFixtures.allocatedPatient("3209", "COPD");
        String patientId = allocated[0];
        assertNamed(updatePatient(patientId, patientJson("Ny", versionOf(patientId)).replace("\"version\"",
                "\"givenName\": \"Annen\", \"version\"")), "validation-failed", "givenName");
        assertPatientUnchanged(patientId);
        assertNamed(report(patientId, reportJson("95", ", \"spo2\": {\"value\": 75, \"unit\": \"%\"}")),
                "validation-failed", "spo2");
        assertNamed(report(patientId, reportJson("95, \"value\": 75", "")),
                "validation-failed", "spo2.value");
        assertNoReports(patientId);
    }

    @Test
    void trailing_content_after_the_json_document_is_refused_and_nothing_is_stored() {
        String number = freshMunicipalityNumber();
        assertNamed(addMunicipality(municipalityJson(number, "Ås") + " x"), "malformed-request", "body");
        assertNamed(addMunicipality(municipalityJson(number, "Ås") + municipalityJson(number, "Ski")),
                "malformed-request", "body");
        assertNoMunicipality(number);
    }

    @Test
    void a_number_sent_as_a_string_is_refused_not_coerced() {
        String[] allocated = PatientFixtures.allocatedPatient("3209", "COPD");
        String patientId = allocated[0];
        assertNamed(report(patientId, reportJson("\"75\"", "")), "validation-failed", "spo2.value");
        assertNoReports(patientId);
        assertNamed(updatePatient(patientId, patientJson("Ny", "\"" + versionOf(patientId) + "\"")),
                "validation-failed", "version");
        assertPatientUnchanged(patientId);
        String other = PatientFixtures.registerPatient("3209");
        assertNamed(given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON)
                .body(Map.of("pathway", "COPD", "source", "GP", "oralConsent", "true", "referredOn", "2026-01-01"))
                .when().post("/api/patients/" + other + "/episodes").then(), "validation-failed", "oralConsent");
    }

    @Test
    void a_string_sent_as_a_number_is_refused_not_coerced() {
        String number = freshMunicipalityNumber();
        assertNamed(addMunicipality("{\"number\": " + number + ", \"name\": \"Ås\", \"partnerSince\": \"2026-03-01\"}"),
                "validation-failed", "number");
        assertNoMunicipality(number);
    }

    @Test
    void a_body_without_content_type_is_a_415_problem_and_nothing_is_stored() throws Exception {
        String number = freshMunicipalityNumber();
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(municipalities)
                .header("Authorization", "Bearer " + Tokens.admin())
                .POST(HttpRequest.BodyPublishers.ofString(municipalityJson(number, "Ås"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("urn:dho:problem:unsupported-media-type").contains("Content-Type");
        assertNoMunicipality(number);
    }
}

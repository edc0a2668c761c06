package no.mila.dho.patient.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.mila.dho.testsupport.PatientFixtures;
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** Full replacement (PUT), merge patch (PATCH) and the call that changes a patient's GP and responsible physician. */
@QuarkusTest
class PatientUpdateTest {

    @Inject
    AgroalDataSource dataSource;

    private static final String NEW_GP = "9200077";

    /** Every member a full replacement sends, as the fixture registered them. */
    private static Map<String, Object> replacement(long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("givenName", "Test");
        body.put("familyName", "Pasient");
        body.put("municipality", "3209");
        body.put("phone", "+47 912 34 567");
        body.put("gp", Map.of("name", "Lege", "hpr", PatientFixtures.GP_HPR));
        body.put("responsiblePhysician", null);
        body.put("coordinator", null);
        body.put("version", version);
        return body;
    }

    private static ValidatableResponse patch(String patientId, Object patch) {
        return given().auth().oauth2(Tokens.nurse()).contentType("application/merge-patch+json").body(patch)
                .patch("/api/patients/" + patientId).then();
    }

    private static ValidatableResponse read(String token, String patientId) {
        return given().auth().oauth2(token).get("/api/patients/" + patientId).then();
    }

    @Test
    void a_replacement_without_gp_is_refused_naming_gp_and_the_gp_keeps_access() {
        String id = PatientFixtures.registerPatient("3209");
        Map<String, Object> body = replacement(0);
        body.remove("gp");
        given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON).body(body).put("/api/patients/" + id)
                .then().statusCode(400).body("type", equalTo("urn:dho:problem:validation-failed"))
                .body("errors.field", containsInAnyOrder("gp"));
        read(Tokens.physician(PatientFixtures.GP_HPR), id).statusCode(200).body("version", equalTo(0));
    }

    @Test
    void a_replacement_names_each_missing_field_nested_ones_included() {
        String id = PatientFixtures.registerPatient("3209");
        given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "gp", Map.of("hpr", NEW_GP))).put("/api/patients/" + id)
                .then().statusCode(400).body("errors.field", containsInAnyOrder("givenName", "familyName",
                        "municipality", "phone", "gp.name", "responsiblePhysician", "coordinator"));
    }

    @Test
    void a_replacement_with_explicit_nulls_clears_the_optional_fields() {
        String id = PatientFixtures.registerPatient("3209");
        Map<String, Object> body = replacement(0);
        body.put("phone", null);
        given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON).body(body).put("/api/patients/" + id)
                .then().statusCode(200).body("phone", nullValue()).body("gp.hpr", equalTo(PatientFixtures.GP_HPR))
                .body("version", equalTo(1));
    }

    @Test
    void a_merge_patch_of_only_the_phone_keeps_the_gp_and_their_access() {
        String id = PatientFixtures.registerPatient("3209");
        patch(id, Map.of("phone", "+47 400 00 001", "version", 0)).statusCode(200)
                .body("phone", equalTo("+47 400 00 001")).body("gp.hpr", equalTo(PatientFixtures.GP_HPR))
                .body("givenName", equalTo("Test")).body("version", equalTo(1));
        read(Tokens.physician(PatientFixtures.GP_HPR), id).statusCode(200).body("phone", equalTo("+47 400 00 001"));
    }

    @Test
    void null_in_a_merge_patch_clears_an_optional_field_and_only_that() {
        String id = PatientFixtures.registerPatient("3209");
        Map<String, Object> gpName = new HashMap<>();
        gpName.put("name", null);
        Map<String, Object> clear = new HashMap<>(Map.of("version", 0, "gp", gpName));
        clear.put("phone", null);
        patch(id, clear).statusCode(200).body("phone", nullValue()).body("gp.name", nullValue())
                .body("gp.hpr", equalTo(PatientFixtures.GP_HPR));
    }

    @Test
    void a_merge_patch_with_a_stale_or_missing_version_is_refused() {
        String id = PatientFixtures.registerPatient("3209");
        patch(id, Map.of("phone", "+47 400 00 002", "version", 0)).statusCode(200);
        patch(id, Map.of("phone", "+47 400 00 003", "version", 0)).statusCode(409)
                .body("type", equalTo("urn:dho:problem:concurrent-modification"));
        patch(id, Map.of("phone", "+47 400 00 003")).statusCode(400).body("errors.field", containsInAnyOrder("version"));
        patch(id, Map.of("phone", "+47 400 00 003", "version", "1")).statusCode(400)
                .body("errors.field", containsInAnyOrder("version"));
        read(Tokens.nurse(), id).body("phone", equalTo("+47 400 00 002")).body("version", equalTo(1));
    }

    @Test
    void a_merge_patch_is_checked_like_a_replacement_and_a_refused_one_changes_nothing() {
        String id = PatientFixtures.registerPatient("3209");
        Map<String, Object> noName = new HashMap<>(Map.of("version", 0));
        noName.put("givenName", null);
        Map<Object, String> cases = Map.of(
                Map.of("version", 0, "loginSubject", "x"), "loginSubject",
                Map.of("version", 0, "gp", Map.of("fax", "1")), "gp.fax",
                noName, "givenName",
                Map.of("version", 0, "gp", Map.of("hpr", "abc")), "gp.hpr",
                Map.of("version", 0, "municipality", "9999"), "municipality",
                Map.of("version", 0, "nationalId", "01010112345"), "nationalId",
                Map.of("version", 0, "gp", "Lege"), "gp",
                Map.of("version", 0, "responsiblePhysician", Map.of("department", "NOPE")), "responsiblePhysician.department");
        cases.forEach((body, field) -> patch(id, body).statusCode(400)
                .body("type", equalTo("urn:dho:problem:validation-failed")).body("errors.field", hasItem(field)));
        given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON).body(Map.of("version", 0))
                .patch("/api/patients/" + id).then().statusCode(415);
        read(Tokens.nurse(), id).body("version", equalTo(0)).body("givenName", equalTo("Test"));
    }

    @Test
    void changing_the_gp_moves_access_to_the_new_gp_and_the_trail_says_who_changed_what() {
        String id = PatientFixtures.registerPatient("3209");
        Map<String, Object> body = new HashMap<>();
        body.put("gp", Map.of("name", "Ny Fastlege", "hpr", NEW_GP));
        body.put("responsiblePhysician", null);
        body.put("version", 0);
        given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON).body(body)
                .put("/api/patients/" + id + "/physicians").then().statusCode(200)
                .body("gp.hpr", equalTo(NEW_GP)).body("version", equalTo(1));
        read(Tokens.physician(PatientFixtures.GP_HPR), id).statusCode(404);
        read(Tokens.physician(NEW_GP), id).statusCode(200);
        List<Map<String, Object>> trail = given().auth().oauth2(Tokens.physician(NEW_GP))
                .get("/api/patients/" + id + "/physicians/history").then().statusCode(200).extract().path("$");
        assertThat(trail).hasSize(2);
        assertThat(trail.get(0)).extracting("changedBy").isEqualTo(
                Map.of("subject", "nurse-1", "name", "Nora Sykepleier", "role", "nurse"));
        assertThat(trail.get(0)).extracting("from.gp.hpr", "to.gp.hpr", "to.gp.name")
                .containsExactly(PatientFixtures.GP_HPR, NEW_GP, "Ny Fastlege");
        assertThat(trail.get(1)).extracting("from.gp.hpr", "to.gp.hpr").containsExactly(null, PatientFixtures.GP_HPR);
        given().auth().oauth2(Tokens.nurse()).get("/api/patients/" + id + "/access-log").then()
                .body("items.resource", hasItem("patient-physicians PUT /api/patients/" + id + "/physicians"));
    }

    @Test
    void the_physicians_call_needs_both_physicians_and_a_role_that_keeps_the_registration() {
        String id = PatientFixtures.registerPatient("3209");
        String path = "/api/patients/" + id + "/physicians";
        given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON)
                .body(Map.of("gp", Map.of("name", "Ny", "hpr", NEW_GP), "version", 0)).put(path)
                .then().statusCode(400).body("errors.field", containsInAnyOrder("responsiblePhysician"));
        Map<String, Object> body = new HashMap<>(Map.of("gp", Map.of("name", "Ny", "hpr", NEW_GP), "version", 0));
        body.put("responsiblePhysician", null);
        given().auth().oauth2(Tokens.physician(PatientFixtures.GP_HPR)).contentType(ContentType.JSON).body(body)
                .put(path).then().statusCode(403);
        given().auth().oauth2(Tokens.coordinator("3228")).contentType(ContentType.JSON).body(body).put(path)
                .then().statusCode(404);
        given().auth().oauth2(Tokens.coordinator("3209")).contentType(ContentType.JSON).body(body).put(path)
                .then().statusCode(200).body("gp.hpr", equalTo(NEW_GP));
    }

    @Test
    void a_gp_changed_by_a_merge_patch_is_in_the_trail_too() {
        String id = PatientFixtures.registerPatient("3209");
        patch(id, Map.of("gp", Map.of("hpr", NEW_GP), "version", 0)).statusCode(200).body("gp.name", equalTo("Lege"));
        given().auth().oauth2(Tokens.nurse()).get("/api/patients/" + id + "/physicians/history").then()
                .statusCode(200).body("[0].from.gp.hpr", equalTo(PatientFixtures.GP_HPR))
                .body("[0].to.gp.hpr", equalTo(NEW_GP)).body("[0].changedBy.subject", equalTo("nurse-1"));
    }

    @Test
    void the_physician_trail_cannot_be_changed_or_deleted() throws SQLException {
        PatientFixtures.registerPatient("3209");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String change : List.of("UPDATE patient_physician_change SET new_gp_hpr = '1'",
                    "DELETE FROM patient_physician_change", "TRUNCATE patient_physician_change")) {
                // UPDATE and DELETE: the trigger; TRUNCATE: the application role has no such privilege at all
                assertThatThrownBy(() -> s.executeUpdate(change)).isInstanceOf(SQLException.class)
                        .hasMessageMatching("(?s).*(append-only|permission denied for table patient_physician_change).*");
            }
        }
    }
}

package no.mila.dho.patient.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import no.mila.dho.patient.persistence.PatientEntity;
import no.mila.dho.testsupport.SyntheticIds;
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class PatientRegistrationTest {

    private static Map<String, Object> patient(String nationalId) {
        Map<String, Object> body = new HashMap<>();
        body.put("nationalId", nationalId);
        body.put("givenName", "Ola");
        body.put("familyName", "Nordmann");
        body.put("municipality", "3209");
        body.put("phone", "+47 912 34 567");
        body.put("gp", Map.of("name", "Lars Fastlege", "hpr", "9200001"));
        body.put("responsiblePhysician", null);
        body.put("coordinator", null);
        return body;
    }

    @Test
    void a_nurse_registers_a_patient_and_reads_it_back() {
        String nationalId = SyntheticIds.next();
        String id = given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON).body(patient(nationalId))
                .when().post("/api/patients")
                .then().statusCode(201).body("nationalId", equalTo(nationalId)).body("version", equalTo(0))
                .extract().path("id");
        given().auth().oauth2(Tokens.nurse()).when().get("/api/patients/" + id)
                .then().statusCode(200).body("givenName", equalTo("Ola")).body("gp.hpr", equalTo("9200001"))
                .body("loginLinked", equalTo(false));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "14835212353, has a wrong second check digit",
            "14835212342, has a wrong first check digit",
            "1483521235,  must be 11 digits",
            "1483521235X, must contain digits only"})
    void an_invalid_national_id_is_named_and_nothing_is_stored(String nationalId, String problem) {
        long before = PatientEntity.count();
        given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON).body(patient(nationalId))
                .when().post("/api/patients")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:dho:problem:validation-failed"))
                .body("errors[0].field", equalTo("nationalId")).body("errors[0].message", equalTo(problem));
        assertThat(PatientEntity.count()).isEqualTo(before);
    }

    @Test
    void missing_required_fields_are_each_named_and_nothing_is_stored() {
        long before = PatientEntity.count();
        given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON).body(Map.of("nationalId", SyntheticIds.next()))
                .when().post("/api/patients")
                .then().statusCode(400).body("errors.field", hasItems("givenName", "familyName", "municipality"));
        given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON)
                .body(Map.of("givenName", "A", "familyName", "B", "municipality", "3209"))
                .when().post("/api/patients")
                .then().statusCode(400).body("errors.field", hasItem("nationalId"));
        assertThat(PatientEntity.count()).isEqualTo(before);
    }

    @Test
    void a_birth_date_that_contradicts_the_national_id_is_refused() {
        Map<String, Object> body = patient(SyntheticIds.next());
        body.put("birthDate", "1900-01-01");
        given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON).body(body)
                .when().post("/api/patients").then().statusCode(400).body("errors[0].field", equalTo("birthDate"));
    }

    @Test
    void the_same_person_cannot_be_registered_twice() {
        Map<String, Object> body = patient(SyntheticIds.next());
        given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON).body(body).post("/api/patients")
                .then().statusCode(201);
        given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON).body(body).post("/api/patients")
                .then().statusCode(409).body("type", equalTo("urn:dho:problem:conflict"));
    }

    @Test
    void fields_a_caller_may_not_set_are_refused_not_stored() {
        Map<String, Object> body = patient(SyntheticIds.next());
        body.put("id", "00000000-0000-0000-0000-000000000001");
        body.put("createdBy", "someone-else");
        given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON).body(body)
                .when().post("/api/patients")
                .then().statusCode(400).body("errors[0].message", equalTo("unknown field"));
    }

    @Test
    void a_coordinator_registers_only_in_their_own_municipality() {
        Map<String, Object> other = patient(SyntheticIds.next());
        other.put("municipality", "3228");
        given().auth().oauth2(Tokens.coordinator("3209")).contentType(ContentType.JSON).body(other)
                .when().post("/api/patients").then().statusCode(403);
        given().auth().oauth2(Tokens.coordinator("3209")).contentType(ContentType.JSON).body(patient(SyntheticIds.next()))
                .when().post("/api/patients").then().statusCode(201)
                .body("coordinator.subject", equalTo("coordinator-3209"));
    }

    @Test
    void a_coordinator_cannot_move_a_patient_to_another_municipality() {
        String id = given().auth().oauth2(Tokens.coordinator("3209")).contentType(ContentType.JSON)
                .body(patient(SyntheticIds.next())).post("/api/patients").then().statusCode(201).extract().path("id");
        Map<String, Object> moved = patient(null);
        moved.remove("nationalId");
        moved.put("municipality", "3228");
        moved.put("version", 0);
        given().auth().oauth2(Tokens.coordinator("3209")).contentType(ContentType.JSON).body(moved)
                .when().put("/api/patients/" + id).then().statusCode(403);
        given().auth().oauth2(Tokens.nurse()).when().get("/api/patients/" + id)
                .then().body("municipality", equalTo("3209"));
    }

    @Test
    void an_update_with_a_stale_version_is_refused() {
        String id = given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON)
                .body(patient(SyntheticIds.next())).post("/api/patients").then().extract().path("id");
        Map<String, Object> update = patient(null);
        update.remove("nationalId");
        update.put("phone", "+47 400 00 001");
        update.put("version", 0);
        given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON).body(update)
                .when().put("/api/patients/" + id).then().statusCode(200).body("version", equalTo(1));
        given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON).body(update)
                .when().put("/api/patients/" + id)
                .then().statusCode(409).body("type", equalTo("urn:dho:problem:concurrent-modification"));
    }

    @Test
    void search_results_mask_the_national_id() {
        String nationalId = SyntheticIds.next();
        given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON).body(patient(nationalId))
                .post("/api/patients").then().statusCode(201);
        given().auth().oauth2(Tokens.nurse()).queryParam("nationalId", nationalId).when().get("/api/patients")
                .then().statusCode(200).body("totalItems", equalTo(1))
                .body("items[0].nationalIdMasked", equalTo(nationalId.substring(0, 6) + "*****"))
                .body("items[0].nationalIdMasked", startsWith(nationalId.substring(0, 6)));
    }

    @Test
    void paging_parameters_are_validated() {
        given().auth().oauth2(Tokens.nurse()).queryParam("size", 1000).when().get("/api/patients")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().auth().oauth2(Tokens.nurse()).queryParam("page", -1).when().get("/api/patients")
                .then().statusCode(400).body("errors[0].field", equalTo("page"));
    }
}

package no.mila.dho.patient.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import no.mila.dho.testsupport.PatientFixtures;
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A GP's patient brought up for a department's weekly meeting is visible to that department's specialists until the
 * meeting records its outcome, and hidden again after; other departments never see them; each access through the
 * meeting list is logged with its reason.
 */
@QuarkusTest
class MeetingVisibilityTest {

    private static final String LUNG_SPECIALIST = Tokens.specialist("9300011", "AHUS_LUNG");
    private static final String HEART_SPECIALIST = Tokens.specialist("9300012", "AHUS_HEART");

    @Test
    void a_brought_up_patient_is_visible_to_the_departments_specialists_until_the_outcome() {
        String id = PatientFixtures.allocatedPatient("3209", "COPD")[0];
        String nationalId = given().auth().oauth2(Tokens.nurse()).get("/api/patients/" + id).then().statusCode(200)
                .extract().path("nationalId");
        given().auth().oauth2(LUNG_SPECIALIST).get("/api/patients/" + id).then().statusCode(404);
        assertThat(searchIds(LUNG_SPECIALIST, nationalId)).isEmpty();

        String item = given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON)
                .body(Map.of("department", "AHUS_LUNG", "reason", "Gul i ti dager"))
                .post("/api/patients/" + id + "/specialist-meeting").then().statusCode(201).extract().path("id");

        given().auth().oauth2(LUNG_SPECIALIST).get("/api/patients/" + id).then().statusCode(200);
        given().auth().oauth2(LUNG_SPECIALIST).get("/api/patients/" + id + "/measurements")
                .then().statusCode(200);
        assertThat(meetingItems(LUNG_SPECIALIST, "AHUS_LUNG")).contains(item);
        assertThat(searchIds(LUNG_SPECIALIST, nationalId)).contains(id);
        given().auth().oauth2(HEART_SPECIALIST).get("/api/patients/" + id).then().statusCode(404);
        assertThat(meetingItems(HEART_SPECIALIST, "AHUS_LUNG")).doesNotContain(item);
        assertThat(searchIds(HEART_SPECIALIST, nationalId)).doesNotContain(id);
        // a physician without a department (a GP of others) gains nothing
        given().auth().oauth2(Tokens.physician("9299999")).get("/api/patients/" + id).then().statusCode(404);

        given().auth().oauth2(LUNG_SPECIALIST).contentType(ContentType.JSON)
                .body(Map.of("outcome", "PLAN_CHANGED", "note", "Økt dose"))
                .post("/api/specialist-meeting/" + item + "/outcome").then().statusCode(204);

        given().auth().oauth2(LUNG_SPECIALIST).get("/api/patients/" + id).then().statusCode(404);
        assertThat(searchIds(LUNG_SPECIALIST, nationalId)).doesNotContain(id);

        List<Map<String, Object>> rows = given().auth().oauth2(Tokens.nurse()).queryParam("size", 100)
                .get("/api/patients/" + id + "/access-log").then().statusCode(200).extract().path("items");
        List<String> specialistRows = rows.stream().filter(r -> "Spesialist 9300011".equals(r.get("actorName")))
                .map(r -> r.get("outcome") + " " + r.get("reason")).toList();
        assertThat(specialistRows).contains("ALLOWED specialist meeting AHUS_LUNG", "DENIED null");
        assertThat(rows.stream().filter(r -> "Spesialist 9300012".equals(r.get("actorName")))
                .map(r -> String.valueOf(r.get("outcome")))).containsOnly("DENIED");
        assertThat(rows.stream().filter(r -> "Nora Sykepleier".equals(r.get("actorName")))
                .map(r -> r.get("reason"))).containsOnlyNulls();
    }

    @Test
    void without_consent_to_sharing_with_the_hospital_the_specialists_do_not_see_the_patient() {
        String withdrawnFirst = PatientFixtures.allocatedPatient("3209", "COPD")[0];
        withdrawHospital(withdrawnFirst);
        bringUp(withdrawnFirst);
        given().auth().oauth2(LUNG_SPECIALIST).get("/api/patients/" + withdrawnFirst).then().statusCode(404);
        given().auth().oauth2(Tokens.physician(PatientFixtures.GP_HPR)).get("/api/patients/" + withdrawnFirst).then()
                .statusCode(200);

        String withdrawnAfter = PatientFixtures.allocatedPatient("3209", "COPD")[0];
        bringUp(withdrawnAfter);
        given().auth().oauth2(LUNG_SPECIALIST).get("/api/patients/" + withdrawnAfter).then().statusCode(200);
        withdrawHospital(withdrawnAfter);
        given().auth().oauth2(LUNG_SPECIALIST).get("/api/patients/" + withdrawnAfter).then().statusCode(404);
    }

    private static void bringUp(String patientId) {
        given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON)
                .body(Map.of("department", "AHUS_LUNG", "reason", "Drøftes"))
                .post("/api/patients/" + patientId + "/specialist-meeting").then().statusCode(201);
    }

    private static void withdrawHospital(String patientId) {
        given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON)
                .body(Map.of("party", "HOSPITAL", "reason", "Ønsker ikke deling med sykehuset"))
                .post("/api/patients/" + patientId + "/consent/withdrawals").then().statusCode(201);
    }

    private static List<String> meetingItems(String token, String department) {
        return given().auth().oauth2(token).queryParam("department", department).get("/api/specialist-meeting")
                .then().statusCode(200).extract().path("id");
    }

    private static List<String> searchIds(String token, String nationalId) {
        return given().auth().oauth2(token).queryParam("nationalId", nationalId).get("/api/patients").then()
                .statusCode(200)
                .extract().path("items.id");
    }
}

package no.mila.dho.plan.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import no.mila.dho.testsupport.PatientFixtures;
import no.mila.dho.testsupport.ThresholdFixtures;
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Admins revise the shipped clinical content (default thresholds, plan templates) and record the clinical
 * lead's review. Each test leaves the content as it found it: provisional, with the same values.
 */
@QuarkusTest
class ClinicalContentReviewTest {

    static final Map<String, Object> REVIEW = Map.of("reviewedBy", "Klinisk leder", "reviewedOn", "2026-11-20",
            "note", "Gjennomgått");

    @Test
    void a_reviewed_default_is_not_provisional_nor_are_the_copies_made_from_it_and_a_revision_is_provisional_again() {
        @SuppressWarnings("unchecked")
        Map<String, Object> copd = (Map<String, Object>) ThresholdFixtures.copdProposal("x", 88, 92).get("limits");
        Map<String, Object> body = Map.of("limits", copd);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body).put("/api/threshold-defaults/COPD")
                .then().statusCode(200).body("provisional", equalTo(true));
        String patient = PatientFixtures.allocatedPatient("3209", "COPD")[0];
        given().auth().oauth2(Tokens.nurse()).get("/api/patients/" + patient + "/thresholds").then()
                .body("provisional", equalTo(true));
        given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON).body(REVIEW)
                .post("/api/threshold-defaults/COPD/review").then().statusCode(403);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(REVIEW)
                .post("/api/threshold-defaults/COPD/review").then().statusCode(200)
                .body("provisional", equalTo(false)).body("reviewedBy", equalTo("Klinisk leder"));
        given().auth().oauth2(Tokens.nurse()).get("/api/patients/" + patient + "/thresholds").then()
                .body("provisional", equalTo(false));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body).put("/api/threshold-defaults/COPD")
                .then().statusCode(200).body("provisional", equalTo(true)).body("reviewedBy", equalTo(null));
    }

    @Test
    void a_template_revision_is_provisional_holds_no_medication_and_leaves_existing_plans_alone() {
        String patient = PatientFixtures.allocatedPatient("3209", "HEART_FAILURE")[0];
        String draft = given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON).body(Map.of())
                .post("/api/patients/" + patient + "/plans").then().statusCode(201).extract().path("zones.GREEN[0].text");
        Map<String, Object> current = given().auth().oauth2(Tokens.admin()).get("/api/plan-templates").then()
                .statusCode(200).extract().path("find { it.pathway == 'HEART_FAILURE' }.zones");
        Map<String, Object> withMedication = new java.util.HashMap<>(current);
        withMedication.put("RED", List.of(Map.of("category", "MEDICATION", "text", "Ta furosemid")));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("zones", withMedication))
                .put("/api/plan-templates/HEART_FAILURE").then().statusCode(400);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("zones", current))
                .put("/api/plan-templates/NO_SUCH_PATHWAY").then().statusCode(404);

        Map<String, Object> changed = new java.util.HashMap<>(current);
        changed.put("GREEN", List.of(Map.of("category", "ACTIVITY", "text", "Ny tekst")));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("zones", changed))
                .put("/api/plan-templates/HEART_FAILURE").then().statusCode(200).body("provisional", equalTo(true));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(REVIEW)
                .post("/api/plan-templates/HEART_FAILURE/review").then().statusCode(200).body("provisional", equalTo(false));
        String after = given().auth().oauth2(Tokens.nurse()).get("/api/patients/" + patient + "/plans").then()
                .extract().path("[0].id");
        String text = given().auth().oauth2(Tokens.nurse()).get("/api/patients/" + patient + "/plans/" + after).then()
                .extract().path("zones.GREEN[0].text");
        assertThat(text).isEqualTo(draft);
        // back as it was: the shipped text, provisional
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("zones", current))
                .put("/api/plan-templates/HEART_FAILURE").then().statusCode(200).body("provisional", equalTo(true));
    }
}

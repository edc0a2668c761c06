package no.mila.dho.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** The demo's user survey of 2026: three answers, so every result says it is not shown (fewer than 5). */
@QuarkusTest
@TestProfile(DemoDataTest.WithDemoData.class)
class DemoSurveyTest {

    @Test
    void the_2026_round_is_answered_and_closed_and_its_results_are_suppressed() {
        String round = given().auth().oauth2(Tokens.teamLeader()).get("/api/surveys/rounds").then().statusCode(200)
                .body("find { it.year == 2026 }.closed", equalTo(true))
                // every demo patient in follow-up when the round opens: Ola, Kari and Nils, and those of
                // DemoBenefits (order 30, loaded before it) whose episode has not ended
                .body("find { it.year == 2026 }.invited", equalTo(8))
                .extract().path("find { it.year == 2026 }.id");
        String results = "/api/surveys/rounds/" + round + "/results";
        given().auth().oauth2(Tokens.council()).get(results).then().statusCode(200).body("suppressed", equalTo(true))
                .body("answers", nullValue()).body("questions", hasSize(0))
                .body("note", containsString("Færre enn 5 har svart i alt"));
        for (String municipality : new String[] {"3209", "3228"}) {
            given().auth().oauth2(Tokens.council()).queryParam("municipality", municipality).get(results).then()
                    .statusCode(200).body("suppressed", equalTo(true))
                    .body("note", containsString("Færre enn 5 har svart i kommunen"));
        }
    }
}

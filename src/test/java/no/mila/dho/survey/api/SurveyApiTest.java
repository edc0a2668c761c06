package no.mila.dho.survey.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** The survey through the API: the 2024 questionnaire, versions, a round answered once per link, its results. */
@QuarkusTest
class SurveyApiTest {

    @Test
    void the_2024_questionnaire_has_the_18_questions_of_the_seed() {
        given().auth().oauth2(Tokens.teamLeader()).when().get("/api/surveys/" + SurveyFixtures.SURVEY_2024)
                .then().statusCode(200)
                .body("title", equalTo("Digital hjemmeoppfølging Brukerundersøkelse oktober 2024"))
                .body("questions", hasSize(18))
                .body("questions[0].text", equalTo("Kjønn"))
                .body("questions[0].options.text", contains("Kvinne", "Mann"))
                .body("questions[2].options", hasSize(5))
                .body("questions[13].options.text", contains("I stor grad", "I noe grad", "Verken eller",
                        "I liten grad", "Har ikke hatt forverrelser av sykdom"))
                .body("questions[14].options", hasSize(3))
                .body("questions[15].kind", equalTo("FREE_TEXT"))
                .body("questions[16].kind", equalTo("FREE_TEXT"))
                .body("questions[16].options", hasSize(0))
                .body("questions[17].text", containsString("dekker ditt behov for oppfølging?"))
                .body("questions[17].options", hasSize(4));
    }

    @Test
    void a_copy_is_edited_until_a_round_uses_it_and_then_is_immutable() {
        JsonPath copy = given().auth().oauth2(Tokens.teamLeader()).contentType(ContentType.JSON)
                .body(Map.of("title", "Brukerundersøkelse 2081"))
                .when().post("/api/surveys/" + SurveyFixtures.SURVEY_2024 + "/copy")
                .then().statusCode(201).body("basedOn", equalTo(SurveyFixtures.SURVEY_2024))
                .body("questions", hasSize(18)).body("used", equalTo(false)).extract().jsonPath();
        String id = copy.getString("id");
        Map<String, Object> edit = Map.of("title", "Brukerundersøkelse 2081", "version", 0, "questions", List.of(
                Map.of("kind", "SINGLE_CHOICE", "text", "Kjønn", "options", List.of("Kvinne", "Mann", "Annet")),
                Map.of("kind", "FREE_TEXT", "text", "Hva kan vi gjøre bedre?")));
        given().auth().oauth2(Tokens.teamLeader()).contentType(ContentType.JSON).body(edit)
                .when().put("/api/surveys/" + id).then().statusCode(200).body("version", equalTo(1))
                .body("questions", hasSize(2)).body("questions[0].options.text", contains("Kvinne", "Mann", "Annet"));
        given().auth().oauth2(Tokens.teamLeader()).contentType(ContentType.JSON).body(edit)
                .when().put("/api/surveys/" + id).then().statusCode(409)
                .body("type", equalTo("urn:dho:problem:concurrent-modification"));

        SurveyFixtures.openRound(id, 2081);
        given().auth().oauth2(Tokens.teamLeader()).contentType(ContentType.JSON)
                .body(Map.of("title", "Endret", "version", 1, "questions", edit.get("questions")))
                .when().put("/api/surveys/" + id).then().statusCode(409).body("type", equalTo("urn:dho:problem:conflict"));
        given().auth().oauth2(Tokens.teamLeader()).when().get("/api/surveys/" + id).then().body("used", equalTo(true))
                .body("title", equalTo("Brukerundersøkelse 2081"));
        given().auth().oauth2(Tokens.teamLeader()).contentType(ContentType.JSON)
                .body(Map.of("surveyId", id, "year", 2081)).when().post("/api/surveys/rounds").then().statusCode(409);
    }

    @Test
    void a_link_answers_once_and_a_used_or_unknown_link_says_the_same() {
        String m = SurveyFixtures.municipality("9811");
        String login = SurveyFixtures.allocatedPatients(m, 1).get(0);
        String round = SurveyFixtures.openRound(SurveyFixtures.SURVEY_2024, 2082);
        String first = SurveyFixtures.token(login, round);
        String token = SurveyFixtures.token(login, round);
        assertThat(token).isNotEqualTo(first);
        given().contentType(ContentType.JSON).body(Map.of("token", first))
                .when().post("/api/survey-responses/questionnaire").then().statusCode(404);

        JsonPath q = SurveyFixtures.questionnaire(token);
        assertThat(q.getList("questions")).hasSize(18);
        given().contentType(ContentType.JSON).body(Map.of("token", token, "answers", List.of(Map.of(
                        "questionId", q.getString("questions[0].id"),
                        "optionIds", q.getList("questions[0].options.id")))))
                .when().post("/api/survey-responses").then().statusCode(400)
                .body("errors[0].field", equalTo("answers[0].optionIds"));
        given().contentType(ContentType.JSON).body(Map.of("token", token, "answers", List.of(Map.of(
                        "questionId", q.getString("questions[0].id"),
                        "optionIds", List.of(q.getString("questions[1].options[0].id"))))))
                .when().post("/api/survey-responses").then().statusCode(400)
                .body("errors[0].field", equalTo("answers[0].optionIds[0]"));
        given().contentType(ContentType.JSON).body(Map.of("token", token, "answers", List.of(Map.of(
                        "questionId", q.getString("questions[15].id"), "text", "x".repeat(2001)))))
                .when().post("/api/survey-responses").then().statusCode(400)
                .body("errors[0].field", equalTo("answers[0].text"));

        assertThat(SurveyFixtures.answer(token, 1, "Trygghet")).as("a refused answer does not use the link up")
                .isEqualTo(204);
        String used = given().contentType(ContentType.JSON).body(Map.of("token", token, "answers", List.of()))
                .when().post("/api/survey-responses").then().statusCode(410)
                .body("type", equalTo("urn:dho:problem:gone")).extract().path("detail");
        String unknown = given().contentType(ContentType.JSON).body(Map.of("token", "A".repeat(22), "answers",
                        List.of())).when().post("/api/survey-responses").then().statusCode(404).extract().path("detail");
        assertThat(used).isEqualTo(unknown).contains("ikke gyldig");
        given().auth().oauth2(Tokens.patient(login)).when().get("/api/me/survey-invitations")
                .then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void results_count_per_option_and_hide_municipalities_with_fewer_than_five() {
        String many = SurveyFixtures.municipality("9812");
        String five = SurveyFixtures.municipality("9813");
        String one = SurveyFixtures.municipality("9814");
        List<String> manyLogins = SurveyFixtures.allocatedPatients(many, 7);
        List<String> fiveLogins = SurveyFixtures.allocatedPatients(five, 5);
        List<String> oneLogin = SurveyFixtures.allocatedPatients(one, 1);
        String round = SurveyFixtures.openRound(SurveyFixtures.SURVEY_2024, 2083);
        for (int i = 0; i < 6; i++) {
            assertThat(SurveyFixtures.answer(SurveyFixtures.token(manyLogins.get(i), round), i < 4 ? 1 : 2,
                    "Svar " + i)).isEqualTo(204);
        }
        for (String login : fiveLogins) {
            assertThat(SurveyFixtures.answer(SurveyFixtures.token(login, round), 1, "Fem")).isEqualTo(204);
        }
        assertThat(SurveyFixtures.answer(SurveyFixtures.token(oneLogin.get(0), round), 2, "En")).isEqualTo(204);
        String results = "/api/surveys/rounds/" + round + "/results";
        given().auth().oauth2(Tokens.teamLeader()).when().get(results).then().statusCode(409);
        String unanswered = SurveyFixtures.token(manyLogins.get(6), round); // taken while the round is open
        SurveyFixtures.close(round);

        given().auth().oauth2(Tokens.council()).when().get(results).then().statusCode(200)
                .body("suppressed", equalTo(false)).body("answers", equalTo(12))
                .body("questions[0].answers", equalTo(12))
                .body("questions[0].options.count", contains(9, 3))
                .body("questions[1].answers", equalTo(0))
                .body("questions[15].texts", hasSize(12));
        given().auth().oauth2(Tokens.council()).queryParam("municipality", many).when().get(results).then()
                .statusCode(200).body("suppressed", equalTo(false)).body("invited", equalTo(7))
                .body("answers", equalTo(6)).body("responseRatePercent", equalTo(85.7f))
                .body("questions[0].options.count", contains(4, 2)).body("questions[15].answers", equalTo(6))
                .body("questions[15].texts", hasSize(0));
        given().auth().oauth2(Tokens.council()).queryParam("municipality", one).when().get(results).then()
                .statusCode(200).body("suppressed", equalTo(true)).body("answers", nullValue())
                .body("invited", nullValue()).body("questions", hasSize(0))
                .body("note", containsString("Færre enn 5 har svart i kommunen"));
        given().auth().oauth2(Tokens.council()).queryParam("municipality", five).when().get(results).then()
                .statusCode(200).body("suppressed", equalTo(true)).body("questions", hasSize(0))
                .body("note", containsString("sammen med totalen"));

        String csv = given().auth().oauth2(Tokens.teamLeader()).queryParam("format", "csv").when().get(results)
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        assertThat(csv).contains("Spørsmål nr.,Spørsmål,Svaralternativ eller fritekst,Antall", "1,Kjønn,Kvinne,9,12",
                "1,Kjønn,Mann,3,12");
        given().auth().oauth2(Tokens.teamLeader()).queryParam("format", "xlsx").when().get(results).then()
                .statusCode(200).contentType(containsString("spreadsheetml"));
        // a link of a closed round no longer works: gone, like a used one
        given().contentType(ContentType.JSON).body(Map.of("token", unanswered))
                .when().post("/api/survey-responses/questionnaire").then().statusCode(410);
    }
}

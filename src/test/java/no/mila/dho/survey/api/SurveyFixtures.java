package no.mila.dho.survey.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.mila.dho.testsupport.PatientFixtures;
import no.mila.dho.testsupport.Tokens;

/** Municipalities, invited patients, rounds, links and answers of the survey tests, made through the API. */
final class SurveyFixtures {

    static final String SURVEY_2024 = "5a1e2024-0000-4000-8000-000000000001";

    private SurveyFixtures() {
    }

    /** A municipality of the test's own (so that no other test's patients are counted in it). */
    static String municipality(String number) {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("number", number, "name", "Testkommune " + number, "partnerSince", "2025-01-01"))
                .when().post("/api/municipalities").then().statusCode(201);
        return number;
    }

    /** {@code count} patients with an allocated episode in the municipality; their login subjects. */
    static List<String> allocatedPatients(String municipality, int count) {
        List<String> logins = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String patientId = PatientFixtures.allocatedPatient(municipality, "COPD")[0];
            logins.add(PatientFixtures.linkLogin(patientId));
        }
        return logins;
    }

    static String openRound(String surveyId, int year) {
        return given().auth().oauth2(Tokens.teamLeader()).contentType(ContentType.JSON)
                .body(Map.of("surveyId", surveyId, "year", year))
                .when().post("/api/surveys/rounds").then().statusCode(201).extract().path("id");
    }

    static void close(String roundId) {
        given().auth().oauth2(Tokens.teamLeader()).when().post("/api/surveys/rounds/" + roundId + "/close")
                .then().statusCode(200);
    }

    /** The token of the patient's link to the round (a new one each time). */
    static String token(String login, String roundId) {
        List<Map<String, Object>> invitations = given().auth().oauth2(Tokens.patient(login))
                .when().get("/api/me/survey-invitations").then().statusCode(200).extract().jsonPath().getList("$");
        String link = invitations.stream().filter(i -> roundId.equals(i.get("roundId"))).findFirst()
                .map(i -> (String) i.get("link")).orElseThrow(() -> new AssertionError("no invitation to " + roundId));
        return link.substring(link.indexOf('#') + 1);
    }

    static JsonPath questionnaire(String token) {
        return given().contentType(ContentType.JSON).body(Map.of("token", token))
                .when().post("/api/survey-responses/questionnaire").then().statusCode(200).extract().jsonPath();
    }

    /** Answers question 1 (Kjønn) with option {@code gender} (1 or 2) and question 16 with {@code best}. */
    static int answer(String token, int gender, String best) {
        JsonPath q = questionnaire(token);
        return given().contentType(ContentType.JSON).body(Map.of("token", token, "answers", List.of(
                        Map.of("questionId", q.getString("questions[0].id"),
                                "optionIds", List.of(q.getString("questions[0].options[" + (gender - 1) + "].id"))),
                        Map.of("questionId", q.getString("questions[15].id"), "text", best))))
                .when().post("/api/survey-responses").then().extract().statusCode();
    }
}

package no.mila.dho.fhir.questionnaire;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import no.mila.dho.testsupport.FhirTokens;
import no.mila.dho.testsupport.FhirValidation;
import org.junit.jupiter.api.Test;

/** {@code Questionnaire} over the FHIR server: the pathways' symptom questionnaires for every FHIR role. */
@QuarkusTest
class QuestionnaireProviderTest {

    private static String get(String token, String path, int status) {
        String json = given().auth().oauth2(token).when().get("/fhir/r4/" + path).then().log().ifValidationFails()
                .statusCode(status).extract().asString();
        FhirValidation.assertValid(json);
        return json;
    }

    @Test
    void each_pathways_questionnaire_is_read_by_its_id() {
        JsonPath copd = JsonPath.from(get(FhirTokens.nurse(), "Questionnaire/copd", 200));
        assertThat(copd.getString("url")).isEqualTo("urn:mila:dho:questionnaire:copd");
        assertThat(copd.getString("status")).isEqualTo("draft");
        assertThat(copd.getList("item.linkId")).containsExactly("BREATHLESSNESS", "COUGH", "SPUTUM_AMOUNT",
                "SPUTUM_COLOUR");
        assertThat(copd.getString("item[0].text")).isEqualTo("Hvordan er pusten din sammenlignet med vanlig?");
        assertThat(copd.getList("item[0].answerOption.valueCoding.code")).containsExactly("AS_USUAL", "WORSE",
                "MUCH_WORSE");
        assertThat(copd.getString("item[0].answerOption[1].valueCoding.display")).isEqualTo("Litt verre enn vanlig");
        JsonPath hf = JsonPath.from(get(FhirTokens.hospital(), "Questionnaire/heart-failure", 200));
        assertThat(hf.getString("name")).isEqualTo("HEART_FAILURE");
        assertThat(hf.getString("title")).contains("Hjertesvikt");
        get(FhirTokens.physician("9299999"), "Questionnaire/heart-failure", 200);
        get(FhirTokens.patient("login-no-record"), "Questionnaire/copd", 200);
    }

    @Test
    void an_id_of_no_questionnaire_is_404() {
        get(FhirTokens.nurse(), "Questionnaire/diabetes", 404);
        get(FhirTokens.nurse(), "Questionnaire/COPD", 404);
        get(FhirTokens.nurse(), "Questionnaire/heart_failure", 404);
    }

    @Test
    void the_questionnaires_are_searched_by_url_name_and_id_or_all() {
        JsonPath all = JsonPath.from(get(FhirTokens.nurse(), "Questionnaire", 200));
        assertThat(all.getInt("total")).isEqualTo(2);
        assertThat(all.getList("entry.resource.id")).containsExactly("copd", "heart-failure");
        JsonPath byUrl = JsonPath.from(get(FhirTokens.hospital(),
                "Questionnaire?url=urn:mila:dho:questionnaire:heart-failure", 200));
        assertThat(byUrl.getList("entry.resource.id")).containsExactly("heart-failure");
        assertThat(JsonPath.from(get(FhirTokens.nurse(), "Questionnaire?name=heart", 200))
                .getList("entry.resource.id")).containsExactly("heart-failure");
        assertThat(JsonPath.from(get(FhirTokens.nurse(), "Questionnaire?name:exact=heart", 200)).getInt("total"))
                .isZero();
        assertThat(JsonPath.from(get(FhirTokens.nurse(), "Questionnaire?_id=copd", 200))
                .getList("entry.resource.id")).containsExactly("copd");
        assertThat(JsonPath.from(get(FhirTokens.nurse(), "Questionnaire?url=urn:other", 200)).getInt("total"))
                .isZero();
        JsonPath paged = JsonPath.from(get(FhirTokens.nurse(), "Questionnaire?_count=1", 200));
        assertThat(paged.getInt("total")).isEqualTo(2);
        assertThat(paged.getList("entry")).hasSize(1);
        List<String> relations = paged.getList("link.relation");
        assertThat(relations).contains("next");
    }

    @Test
    void coordinators_get_no_questionnaire() {
        given().auth().oauth2(FhirTokens.coordinator("3209")).when().get("/fhir/r4/Questionnaire/copd").then()
                .statusCode(403).body("resourceType", equalTo("OperationOutcome"));
    }
}

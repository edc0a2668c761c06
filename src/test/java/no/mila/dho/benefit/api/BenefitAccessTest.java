package no.mila.dho.benefit.api;

import static io.restassured.RestAssured.given;
import static no.mila.dho.benefit.api.BenefitFixtures.path;
import static no.mila.dho.benefit.api.BenefitFixtures.report;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import no.mila.dho.benefit.domain.Quarter;
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who may do what with the benefit reports: the coordinator reports and lists their own municipality only; the team
 * leader lists any and sees every municipality's numbers; the council sees numbers of all, never a patient's name or
 * id; nurses, physicians, patients and admins none of it.
 */
@QuarkusTest
class BenefitAccessTest {

    String municipality;
    Quarter quarter;
    String patient;

    @BeforeEach
    void reportedPatient() {
        municipality = BenefitFixtures.newMunicipality();
        quarter = BenefitFixtures.previousQuarter();
        patient = BenefitFixtures.followedFrom(municipality, quarter.firstDay(), 3, 3);
        given().auth().oauth2(Tokens.coordinator(municipality)).contentType(ContentType.JSON)
                .body(report(quarter, 0, 90, 3, 0, 1)).when().put(path(quarter) + "/patients/" + patient)
                .then().statusCode(200);
    }

    @Test
    void only_coordinators_report() {
        for (String token : List.of(Tokens.nurse(), Tokens.teamLeader(), Tokens.council(), Tokens.admin(),
                Tokens.physician("9200001"), Tokens.patient("p-" + patient))) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(report(quarter, 1, 1, 1, 0, 0))
                    .when().put(path(quarter) + "/patients/" + patient).then().statusCode(403);
        }
        given().contentType(ContentType.JSON).body(report(quarter, 1, 1, 1, 0, 0))
                .when().put(path(quarter) + "/patients/" + patient).then().statusCode(401);
    }

    @Test
    void the_list_of_who_is_missing_is_for_the_coordinator_and_the_team_leader() {
        String list = path(quarter) + "?municipality=" + municipality;
        given().auth().oauth2(Tokens.coordinator(municipality)).when().get(list).then().statusCode(200);
        String named = given().auth().oauth2(Tokens.teamLeader()).when().get(list).then().statusCode(200)
                .extract().asString();
        assertThat(named).contains("Nyttesen").contains(patient);
        given().auth().oauth2(Tokens.teamLeader()).when().get(path(quarter)).then().statusCode(400);
        for (String token : List.of(Tokens.council(), Tokens.nurse(), Tokens.admin(), Tokens.physician("9200001"))) {
            given().auth().oauth2(token).when().get(list).then().statusCode(403);
        }
    }

    @Test
    void a_coordinator_sees_nothing_of_another_municipality() {
        String other = Tokens.coordinator(BenefitFixtures.newMunicipality());
        given().auth().oauth2(other).when().get(path(quarter) + "?municipality=" + municipality).then().statusCode(403);
        given().auth().oauth2(other).when().get("/api/benefit-reports/" + quarter.year() + "/summary?municipality="
                + municipality).then().statusCode(403);
        given().auth().oauth2(other).when().get("/api/benefit-reports/" + quarter.year() + "/summary/chart"
                + "?municipality=" + municipality).then().statusCode(403);
        given().auth().oauth2(other).when().get("/api/benefit-reports/" + quarter.year() + "/cost-estimate"
                + "?municipality=" + municipality).then().statusCode(403);
        given().auth().oauth2(other).when().get("/api/benefit-reports/reminders?municipality=" + municipality)
                .then().statusCode(403);
        // without a municipality: their own, which has none of these patients
        String own = given().auth().oauth2(other).when().get(path(quarter)).then().statusCode(200).extract()
                .asString();
        assertThat(own).doesNotContain(patient);
        String summary = given().auth().oauth2(other).when().get("/api/benefit-reports/" + quarter.year()
                + "/summary").then().statusCode(200).extract().asString();
        assertThat(summary).doesNotContain("\"" + municipality + "\"");
        given().auth().oauth2(other).contentType(ContentType.JSON).body(report(quarter, 1, 1, 1, 0, 0))
                .when().put(path(quarter) + "/patients/" + patient).then().statusCode(404);
    }

    @Test
    void the_council_sees_the_numbers_of_every_municipality_and_never_a_patient() {
        String year = "/api/benefit-reports/" + quarter.year();
        for (String url : List.of(year + "/summary", year + "/summary?municipality=" + municipality,
                year + "/summary?format=csv", year + "/cost-estimate", year + "/cost-estimate?format=csv&municipality="
                        + municipality)) {
            String body = given().auth().oauth2(Tokens.council()).when().get(url).then().statusCode(200).extract()
                    .asString();
            assertThat(body).doesNotContain(patient).doesNotContain("Nyttesen");
        }
        assertThat(given().auth().oauth2(Tokens.council()).when().get(year + "/summary").then().extract()
                .jsonPath().getList("rows.municipality", String.class)).contains(municipality);
        given().auth().oauth2(Tokens.council()).when().get(year + "/summary/chart?municipality=" + municipality)
                .then().statusCode(200).contentType("image/png");
        given().auth().oauth2(Tokens.council()).when().get("/api/benefit-reports/reminders").then().statusCode(403);
    }

    @Test
    void nurses_physicians_patients_and_admins_see_no_benefit_report() {
        String year = "/api/benefit-reports/" + quarter.year();
        for (String token : List.of(Tokens.nurse(), Tokens.admin(), Tokens.physician("9200001"),
                Tokens.patient("p-" + patient))) {
            for (String url : List.of(year + "/summary", year + "/summary/chart?municipality=" + municipality,
                    year + "/cost-estimate", "/api/benefit-reports/reminders")) {
                given().auth().oauth2(token).when().get(url).then().statusCode(403);
            }
        }
    }
}

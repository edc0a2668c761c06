package no.mila.dho.economics.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import no.mila.dho.economics.EconomicsFixtures;
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who may see and change the recipients and targets (docs/access.md): team leader everything; council the numbers of
 * all municipalities but never the patients behind them; a coordinator only their own municipality (403 for
 * another's); admin no economics; nurse, physician and patient nothing.
 */
@QuarkusTest
class RecipientsAccessTest {

    static final String OWN = "9474";
    static final int YEAR = 2031;
    private static final String TARGET = "{\"months\":[{\"month\":\"2031-02\",\"target\":3}],\"reason\":\"Tilgang\"}";

    @BeforeEach
    void data() {
        EconomicsFixtures.ensureMunicipality(OWN, "Tilgangby", LocalDate.of(2026, 1, 1));
        EconomicsFixtures.ensureYear(YEAR, LocalDate.of(2099, 6, 30), LocalDate.of(2099, 12, 31));
    }

    private static List<String> readPaths(String municipality) {
        return List.of("/api/economics/recipients?year=" + YEAR + "&municipality=" + municipality,
                "/api/economics/recipients/chart?year=" + YEAR + "&municipality=" + municipality,
                "/api/economics/targets?year=" + YEAR + "&municipality=" + municipality,
                "/api/economics/targets/" + YEAR + "/" + municipality,
                "/api/economics/targets/" + YEAR + "/" + municipality + "/changes");
    }

    private static String patients(String municipality) {
        return "/api/economics/recipients/" + municipality + "/2031-02/patients";
    }

    private static int put(String token, String municipality) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(TARGET)
                .when().put("/api/economics/targets/" + YEAR + "/" + municipality).then().extract().statusCode();
    }

    @Test
    void the_team_leader_sees_all_and_the_lists_and_sets_targets() {
        given().auth().oauth2(Tokens.teamLeader()).when().get("/api/economics/recipients?year=" + YEAR)
                .then().statusCode(200).body("municipalities.municipality", hasItems("3209", "3228", OWN));
        readPaths(OWN).forEach(p -> given().auth().oauth2(Tokens.teamLeader()).when().get(p).then().statusCode(200));
        given().auth().oauth2(Tokens.teamLeader()).when().get(patients("3209")).then().statusCode(200);
        given().auth().oauth2(Tokens.teamLeader()).contentType(ContentType.JSON).body(TARGET)
                .when().put("/api/economics/targets/" + YEAR + "/" + OWN).then().statusCode(200);
    }

    @Test
    void the_council_sees_numbers_of_all_municipalities_but_no_patients_and_sets_nothing() {
        given().auth().oauth2(Tokens.council()).when().get("/api/economics/recipients?year=" + YEAR)
                .then().statusCode(200).body("municipalities.municipality", hasItems("3209", "3228", OWN))
                .body("municipalities.months.flatten()", everyItem(not(hasKey("patients"))));
        readPaths(OWN).forEach(p -> given().auth().oauth2(Tokens.council()).when().get(p).then().statusCode(200));
        readPaths("3209").forEach(p -> given().auth().oauth2(Tokens.council()).when().get(p).then().statusCode(200));
        given().auth().oauth2(Tokens.council()).when().get(patients(OWN)).then().statusCode(403);
        given().auth().oauth2(Tokens.council()).when().get(patients("3209")).then().statusCode(403);
        org.assertj.core.api.Assertions.assertThat(put(Tokens.council(), OWN)).isEqualTo(403);
    }

    @Test
    void a_coordinator_sees_and_sets_only_their_own_municipality() {
        String coordinator = Tokens.coordinator(OWN);
        given().auth().oauth2(coordinator).when().get("/api/economics/recipients?year=" + YEAR)
                .then().statusCode(200).body("municipalities", hasSize(1))
                .body("municipalities[0].municipality", equalTo(OWN));
        given().auth().oauth2(coordinator).when().get("/api/economics/targets?year=" + YEAR)
                .then().statusCode(200).body("municipalities", hasSize(1))
                .body("municipalities[0].municipality", equalTo(OWN));
        readPaths(OWN).forEach(p -> given().auth().oauth2(coordinator).when().get(p).then().statusCode(200));
        given().auth().oauth2(coordinator).when().get(patients(OWN)).then().statusCode(200);
        org.assertj.core.api.Assertions.assertThat(put(coordinator, OWN)).isEqualTo(200);

        readPaths("3209").forEach(p -> given().auth().oauth2(coordinator).when().get(p).then().statusCode(403)
                .body("type", equalTo("urn:dho:problem:forbidden")));
        given().auth().oauth2(coordinator).when().get(patients("3209")).then().statusCode(403);
        org.assertj.core.api.Assertions.assertThat(put(coordinator, "3209")).isEqualTo(403);
        given().auth().oauth2(Tokens.coordinator("3209")).when().get(patients(OWN)).then().statusCode(403);
    }

    @Test
    void admin_gets_no_economics_and_no_patient_lists() {
        readPaths(OWN).forEach(p -> given().auth().oauth2(Tokens.admin()).when().get(p).then().statusCode(403));
        given().auth().oauth2(Tokens.admin()).when().get(patients(OWN)).then().statusCode(403);
        org.assertj.core.api.Assertions.assertThat(put(Tokens.admin(), OWN)).isEqualTo(403);
    }

    @Test
    void nurse_physician_and_patient_get_nothing() {
        for (String role : List.of("nurse", "physician", "patient")) {
            String token = Tokens.forRole(role);
            readPaths(OWN).forEach(p -> given().auth().oauth2(token).when().get(p).then().statusCode(403));
            given().auth().oauth2(token).when().get(patients(OWN)).then().statusCode(403);
            org.assertj.core.api.Assertions.assertThat(put(token, OWN)).isEqualTo(403);
        }
    }

    @Test
    void without_a_token_it_is_401() {
        given().when().get("/api/economics/recipients?year=" + YEAR).then().statusCode(401);
        given().when().get(patients(OWN)).then().statusCode(401);
    }
}

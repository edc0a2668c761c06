package no.mila.dho.economics.api;

import static io.restassured.RestAssured.given;
import static no.mila.dho.economics.api.PricingFixture.A;
import static no.mila.dho.economics.api.PricingFixture.B;
import static no.mila.dho.economics.api.PricingFixture.YEAR;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.List;
import no.mila.dho.economics.WithFixedRecipients;
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Who may use the price endpoints: the team leader writes; the team leader and the council read everything; a
 * coordinator reads the parameters, the budget and their own municipality's lines (with the collaboration's totals);
 * nurses, physicians, patients and admins get 403.
 */
@QuarkusTest
@TestProfile(WithFixedRecipients.class)
class PricingAccessTest {

    private static final List<String> REPORTS = List.of("/api/economics/estimates/" + YEAR,
            "/api/economics/settlements/" + YEAR, "/api/economics/settlements/" + YEAR + "/comparison");
    private static final List<String> LEDGERS = List.of("/api/economics/expenses/" + YEAR,
            "/api/economics/populations/" + YEAR, "/api/economics/years/" + YEAR + "/changes",
            "/api/economics/budgets/" + YEAR + "/changes");
    private static final List<String> SHARED = List.of("/api/economics/years/" + YEAR,
            "/api/economics/budgets/" + YEAR);

    @BeforeEach
    void enter() {
        PricingFixture.enter();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nurse", "physician", "patient", "admin"})
    void other_roles_get_403_everywhere(String role) {
        String token = Tokens.forRole(role);
        for (String path : concat(REPORTS, LEDGERS, SHARED)) {
            given().auth().oauth2(token).get(path).then().statusCode(403);
        }
        writes(token, 403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"council", "coordinator"})
    void only_the_team_leader_writes(String role) {
        writes(Tokens.forRole(role), 403);
    }

    @Test
    void the_team_leader_and_the_council_read_everything() {
        for (String token : List.of(Tokens.teamLeader(), Tokens.council())) {
            for (String path : concat(REPORTS, LEDGERS, SHARED)) {
                given().auth().oauth2(token).get(path).then().statusCode(200);
            }
            given().auth().oauth2(token).get(REPORTS.get(1)).then().body("municipalities.municipality",
                    contains(A, B, PricingFixture.C));
        }
    }

    @Test
    void a_coordinator_sees_only_their_own_municipalitys_lines_and_the_collaborations_totals() {
        String coordinator = Tokens.coordinator(B);
        given().auth().oauth2(coordinator).get(REPORTS.get(0)).then().statusCode(200)
                .body("municipalities.municipality", contains(B)).body("totalEstimatedPayment", equalTo(209028.6f));
        given().auth().oauth2(coordinator).get(REPORTS.get(1)).then().statusCode(200)
                .body("municipalities.municipality", contains(B)).body("surplus", equalTo(12000.0f));
        given().auth().oauth2(coordinator).get(REPORTS.get(2)).then().statusCode(200)
                .body("municipalities.municipality", contains(B));
        given().auth().oauth2(coordinator).queryParam("format", "csv").get(REPORTS.get(1)).then().statusCode(200)
                .body(not(org.hamcrest.Matchers.containsString("Prisby")));
        given().auth().oauth2(Tokens.coordinator("3209")).get(REPORTS.get(1)).then().statusCode(200)
                .body("municipalities", empty());
        for (String path : SHARED) {
            given().auth().oauth2(coordinator).get(path).then().statusCode(200);
        }
        for (String path : LEDGERS) {
            given().auth().oauth2(coordinator).get(path).then().statusCode(403);
        }
    }

    @Test
    void without_a_token_it_is_401() {
        given().get(REPORTS.get(1)).then().statusCode(401);
    }

    private static void writes(String token, int status) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{}").put("/api/economics/years/" + YEAR)
                .then().statusCode(status);
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{}").put("/api/economics/budgets/" + YEAR)
                .then().statusCode(status);
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{}").post("/api/economics/expenses/" + YEAR)
                .then().statusCode(status);
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{}")
                .put("/api/economics/populations/" + YEAR).then().statusCode(status);
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }
}

package no.mila.dho.economics.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import no.mila.dho.economics.EconomicsFixtures;
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The targets over HTTP, on data of their own: municipalities 9471 (a partner since 2026) and 9472 (joining
 * 2031-04-01), the years 2031 (open all year), 2032 (closed) and 2033 (only July-December open).
 */
@QuarkusTest
class TargetsApiTest {

    static final String OWN = "9471";
    static final String JOINING = "9472";

    @BeforeEach
    void data() {
        EconomicsFixtures.ensureMunicipality(OWN, "Målby", LocalDate.of(2026, 1, 1));
        EconomicsFixtures.ensureMunicipality(JOINING, "Nykommerby", LocalDate.of(2031, 4, 1));
        EconomicsFixtures.ensureYear(2031, LocalDate.of(2099, 6, 30), LocalDate.of(2099, 12, 31));
        EconomicsFixtures.ensureYear(2032, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 1));
        EconomicsFixtures.ensureYear(2033, LocalDate.of(2026, 1, 1), LocalDate.of(2099, 12, 31));
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static String body(String month, int target, String reason) {
        return "{\"months\":[{\"month\":\"" + month + "\",\"target\":" + target + "}],\"reason\":\"" + reason + "\"}";
    }

    @Test
    void the_team_leader_sets_targets_and_every_change_is_in_the_trail() {
        as(Tokens.teamLeader()).body("{\"months\":[{\"month\":\"2031-01\",\"target\":15},{\"month\":\"2031-02\","
                        + "\"target\":16}],\"reason\":\"Budsjett 2031\"}")
                .when().put("/api/economics/targets/2031/" + OWN)
                .then().statusCode(200).body("year", equalTo(2031)).body("municipality", equalTo(OWN))
                .body("months", hasSize(12)).body("months[0].month", equalTo("2031-01"))
                .body("months[0].target", equalTo(15)).body("months[0].open", equalTo(true))
                .body("months[1].target", equalTo(16)).body("months[2].target", nullValue());
        as(Tokens.coordinator(OWN)).body(body("2031-01", 18, "Flere innbyggere"))
                .when().put("/api/economics/targets/2031/" + OWN)
                .then().statusCode(200).body("months[0].target", equalTo(18)).body("months[0].version", equalTo(1));
        as(Tokens.council()).when().get("/api/economics/targets/2031/" + OWN + "/changes")
                .then().statusCode(200)
                .body("[0].month", equalTo("2031-01")).body("[0].oldTarget", equalTo(15))
                .body("[0].newTarget", equalTo(18)).body("[0].reason", equalTo("Flere innbyggere"))
                .body("[0].actorRole", equalTo("coordinator"))
                .body("find { it.month == '2031-02' }.oldTarget", nullValue());
        as(Tokens.council()).when().get("/api/economics/targets?year=2031&municipality=" + OWN)
                .then().statusCode(200).body("municipalities[0].months[0].target", equalTo(18));
        as(Tokens.teamLeader()).when().get("/api/economics/recipients?year=2031&municipality=" + OWN)
                .then().statusCode(200).body("municipalities[0].months[0].target", equalTo(18))
                .body("municipalities[0].months[2].target", nullValue());
    }

    @Test
    void an_unchanged_target_leaves_no_trail_and_a_stale_version_is_refused() {
        as(Tokens.teamLeader()).body(body("2031-05", 7, "Første")).when().put("/api/economics/targets/2031/" + OWN)
                .then().statusCode(200);
        int changes = as(Tokens.teamLeader()).when().get("/api/economics/targets/2031/" + OWN + "/changes")
                .then().statusCode(200).extract().path("size()");
        as(Tokens.teamLeader()).body(body("2031-05", 7, "Samme")).when().put("/api/economics/targets/2031/" + OWN)
                .then().statusCode(200);
        as(Tokens.teamLeader()).when().get("/api/economics/targets/2031/" + OWN + "/changes")
                .then().statusCode(200).body("size()", equalTo(changes));
        as(Tokens.teamLeader()).body("{\"months\":[{\"month\":\"2031-05\",\"target\":9,\"version\":7}],"
                        + "\"reason\":\"Gammel versjon\"}")
                .when().put("/api/economics/targets/2031/" + OWN)
                .then().statusCode(409).body("type", equalTo("urn:dho:problem:concurrent-modification"));
    }

    @Test
    void a_closed_month_is_refused_naming_it() {
        as(Tokens.teamLeader()).body(body("2032-03", 5, "For sent")).when().put("/api/economics/targets/2032/" + OWN)
                .then().statusCode(422).body("errors[0].field", equalTo("months[0].month"));
        as(Tokens.teamLeader()).body("{\"months\":[{\"month\":\"2033-07\",\"target\":4},{\"month\":\"2033-06\","
                        + "\"target\":4}],\"reason\":\"Justering\"}")
                .when().put("/api/economics/targets/2033/" + OWN)
                .then().statusCode(422).body("errors", hasSize(1)).body("errors[0].field", equalTo("months[1].month"));
        as(Tokens.teamLeader()).body(body("2033-07", 4, "Justering andre halvår"))
                .when().put("/api/economics/targets/2033/" + OWN)
                .then().statusCode(200).body("months[6].target", equalTo(4)).body("months[6].open", equalTo(true))
                .body("months[5].open", equalTo(false));
    }

    @Test
    void months_before_a_municipality_joins_take_no_target() {
        as(Tokens.teamLeader()).body(body("2031-03", 5, "Før oppstart"))
                .when().put("/api/economics/targets/2031/" + JOINING)
                .then().statusCode(422).body("errors[0].field", equalTo("months[0].month"));
        as(Tokens.teamLeader()).body(body("2031-04", 5, "Oppstart"))
                .when().put("/api/economics/targets/2031/" + JOINING)
                .then().statusCode(200).body("months[2].open", equalTo(false)).body("months[3].target", equalTo(5));
        as(Tokens.teamLeader()).when().get("/api/economics/recipients?year=2031&municipality=" + JOINING)
                .then().statusCode(200).body("municipalities[0].months[2].recipients", equalTo(0))
                .body("municipalities[0].months[2].target", nullValue())
                .body("municipalities[0].months[3].target", equalTo(5));
    }

    @Test
    void invalid_bodies_are_named() {
        as(Tokens.teamLeader()).body(body("2031-01", 10001, "x")).when().put("/api/economics/targets/2031/" + OWN)
                .then().statusCode(400).body("errors[0].field", equalTo("months[0].target"));
        as(Tokens.teamLeader()).body(body("2031-13", 1, "x")).when().put("/api/economics/targets/2031/" + OWN)
                .then().statusCode(400).body("errors[0].field", equalTo("months[0].month"));
        as(Tokens.teamLeader()).body(body("2030-01", 1, "x")).when().put("/api/economics/targets/2031/" + OWN)
                .then().statusCode(400).body("errors[0].field", equalTo("months[0].month"));
        as(Tokens.teamLeader()).body(body("2031-01", 1, " ")).when().put("/api/economics/targets/2031/" + OWN)
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        as(Tokens.teamLeader()).body("{\"months\":[],\"reason\":\"x\"}").when().put("/api/economics/targets/2031/" + OWN)
                .then().statusCode(400).body("errors[0].field", equalTo("months"));
        as(Tokens.teamLeader()).body("{\"months\":[{\"month\":\"2031-01\",\"target\":1},{\"month\":\"2031-01\","
                        + "\"target\":2}],\"reason\":\"x\"}").when().put("/api/economics/targets/2031/" + OWN)
                .then().statusCode(400).body("errors[0].field", equalTo("months[1].month"));
    }

    @Test
    void a_year_without_parameters_is_read_closed_and_cannot_be_set() {
        as(Tokens.teamLeader()).when().get("/api/economics/targets/2040/" + OWN)
                .then().statusCode(200).body("months[0].open", equalTo(false)).body("months[0].target", nullValue());
        as(Tokens.teamLeader()).body(body("2040-01", 1, "x")).when().put("/api/economics/targets/2040/" + OWN)
                .then().statusCode(404);
        as(Tokens.teamLeader()).body(body("2031-01", 1, "x")).when().put("/api/economics/targets/2031/9479")
                .then().statusCode(404);
    }
}

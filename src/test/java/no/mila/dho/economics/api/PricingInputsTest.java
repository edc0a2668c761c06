package no.mila.dho.economics.api;

import static io.restassured.RestAssured.given;
import static no.mila.dho.economics.api.PricingFixture.teamLeader;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import no.mila.dho.economics.FixedRecipients;
import no.mila.dho.economics.WithFixedRecipients;
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** The parameters, budget, expenses and populations the team leader enters, with their trails (years of their own). */
@QuarkusTest
@TestProfile(WithFixedRecipients.class)
class PricingInputsTest {

    private static String year(String markup, String nurseDayCost, long version, String reason) {
        return "{\"riskMarkupPercent\": " + markup + ", \"recipientsPerNurse\": 73, \"startUpDays\": 2,"
                + " \"nurseDayCost\": " + nurseDayCost + ", \"targetsDue\": \"2033-12-31\", \"secondHalfFromMonth\": 7,"
                + " \"secondHalfDue\": \"2034-05-01\", \"version\": " + version + ", \"reason\": \"" + reason + "\"}";
    }

    @Test
    void a_years_parameters_are_created_changed_with_the_version_read_and_kept_in_the_trail() {
        teamLeader(year("3.5", "null", 0, "Nytt driftsår")).put("/api/economics/years/2034").then().statusCode(200)
                .body("version", equalTo(0)).body("baseSharePercent", equalTo(30.0f)).body("nurseDayCost", nullValue());
        teamLeader(year("4", "4100", 3, "Feil versjon")).put("/api/economics/years/2034").then().statusCode(409)
                .body("type", equalTo("urn:dho:problem:concurrent-modification"));
        teamLeader(year("4", "4100.50", 0, "Lønnsoppgjøret")).put("/api/economics/years/2034").then().statusCode(200)
                .body("version", equalTo(1)).body("riskMarkupPercent", equalTo(4.0f))
                .body("nurseDayCost", equalTo(4100.5f));
        given().auth().oauth2(Tokens.council()).get("/api/economics/years/2034/changes").then().statusCode(200)
                .body("reason", contains("Lønnsoppgjøret", "Nytt driftsår"))
                .body("[0].actorName", equalTo("Tara Teamleder"))
                .body("[0].before.riskMarkupPercent", equalTo(3.5f))
                .body("[0].after.riskMarkupPercent", equalTo(4.0f))
                .body("[1].before", nullValue());
        given().auth().oauth2(Tokens.coordinator("3209")).get("/api/economics/years/2034").then().statusCode(200)
                .body("version", equalTo(1));
    }

    @Test
    void parameters_are_checked_field_by_field() {
        teamLeader(year("101", "null", 0, "x")).put("/api/economics/years/2035").then().statusCode(400)
                .body("errors.field", hasItem("riskMarkupPercent"));
        teamLeader(year("3.5", "null", 0, "x").replace("2034-05-01", "2033-06-01")).put("/api/economics/years/2035")
                .then().statusCode(400).body("errors.field", hasItem("secondHalfDue"));
        teamLeader(year("3.5", "null", 0, "x")).put("/api/economics/years/1999").then().statusCode(400)
                .body("errors.field", hasItem("year"));
        given().auth().oauth2(Tokens.teamLeader()).get("/api/economics/years/2099").then().statusCode(404);
    }

    @Test
    void the_budget_is_entered_whole_as_a_new_version_and_the_old_ones_stay() {
        String lines = "[{\"kind\": \"SALARIES\", \"text\": \"Sykepleiere\", \"amount\": 6500000.00},"
                + " {\"kind\": \"OVERHEAD\", \"text\": \"Lokaler\", \"amount\": 250000.50}]";
        given().auth().oauth2(Tokens.teamLeader()).get("/api/economics/budgets/2036").then().statusCode(404);
        teamLeader("{\"lines\": " + lines + ", \"version\": 0, \"reason\": \"Første budsjett\"}")
                .put("/api/economics/budgets/2036").then().statusCode(200)
                .body("version", equalTo(1)).body("total", equalTo(6750000.5f));
        teamLeader("{\"lines\": " + lines + ", \"version\": 0, \"reason\": \"Igjen\"}")
                .put("/api/economics/budgets/2036").then().statusCode(409);
        teamLeader("{\"lines\": [{\"kind\": \"ADMINISTRATION\", \"text\": \"Teamleder\", \"amount\": 1}],"
                + " \"version\": 1, \"reason\": \"Revidert\"}").put("/api/economics/budgets/2036").then()
                .statusCode(200).body("version", equalTo(2));
        given().auth().oauth2(Tokens.council()).get("/api/economics/budgets/2036/changes").then().statusCode(200)
                .body("version", contains(2, 1)).body("reason", contains("Revidert", "Første budsjett"))
                .body("[1].lines", hasSize(2));
        teamLeader("{\"lines\": [{\"kind\": \"SALARIES\", \"text\": \"x\", \"amount\": 1.005}], \"version\": 2,"
                + " \"reason\": \"r\"}").put("/api/economics/budgets/2036").then().statusCode(400)
                .body("errors.field", hasItem("lines[0].amount"));
    }

    @Test
    void expenses_are_booked_in_a_ledger_and_corrected_by_negative_entries_with_a_text() {
        teamLeader("{\"kind\": \"SALARIES\", \"bookedOn\": \"2037-03-31\", \"amount\": 512000.00, \"text\": \"K1\"}")
                .post("/api/economics/expenses/2037").then().statusCode(201).body("amount", equalTo(512000.0f));
        teamLeader("{\"kind\": \"SALARIES\", \"bookedOn\": \"2037-04-30\", \"amount\": -12000}")
                .post("/api/economics/expenses/2037").then().statusCode(400).body("errors[0].field", equalTo("text"));
        teamLeader("{\"kind\": \"SALARIES\", \"bookedOn\": \"2036-12-31\", \"amount\": 1, \"text\": \"x\"}")
                .post("/api/economics/expenses/2037").then().statusCode(400).body("errors[0].field", equalTo("bookedOn"));
        teamLeader("{\"kind\": \"SALARIES\", \"bookedOn\": \"2037-04-30\", \"amount\": 0, \"text\": \"x\"}")
                .post("/api/economics/expenses/2037").then().statusCode(400).body("errors[0].field", equalTo("amount"));
        teamLeader("{\"kind\": \"SALARIES\", \"bookedOn\": \"2037-04-30\", \"amount\": -12000, \"text\": \"Feilført\"}")
                .post("/api/economics/expenses/2037").then().statusCode(201);
        given().auth().oauth2(Tokens.council()).get("/api/economics/expenses/2037").then().statusCode(200)
                .body("entries", hasSize(2)).body("total", equalTo(500000.0f))
                .body("entries[1].enteredBy", equalTo("Tara Teamleder"));
    }

    @Test
    void populations_are_entered_per_municipality_and_an_unknown_one_is_named() {
        teamLeader("{\"inhabitants\": {\"3209\": 42000, \"3228\": 24000}, \"reason\": \"SSB\"}")
                .put("/api/economics/populations/2038").then().statusCode(200)
                .body("inhabitants.3209", equalTo(42000));
        teamLeader("{\"inhabitants\": {\"3228\": 24500}}").put("/api/economics/populations/2038").then()
                .statusCode(200).body("inhabitants.3209", equalTo(42000)).body("inhabitants.3228", equalTo(24500));
        teamLeader("{\"inhabitants\": {\"9999\": 1}}").put("/api/economics/populations/2038").then()
                .statusCode(400).body("errors[0].field", equalTo("inhabitants.9999"));
        teamLeader("{\"inhabitants\": {\"32x9\": 1}}").put("/api/economics/populations/2038").then()
                .statusCode(400).body("errors[0].field", equalTo("inhabitants.32x9"));
    }

    @Test
    void what_is_missing_is_named_instead_of_dividing_by_zero() {
        teamLeader(year("3.5", "null", 0, "Uten tall")).put("/api/economics/years/2039").then().statusCode(200);
        given().auth().oauth2(Tokens.teamLeader()).get("/api/economics/estimates/2039").then().statusCode(422)
                .body("type", equalTo("urn:dho:problem:unprocessable")).body("errors.field", contains("budget"));
        given().auth().oauth2(Tokens.teamLeader()).get("/api/economics/settlements/2039").then().statusCode(422)
                .body("errors.field", contains("expenses"));
        teamLeader("{\"lines\": [{\"kind\": \"SALARIES\", \"text\": \"x\", \"amount\": 100}], \"version\": 0,"
                + " \"reason\": \"r\"}").put("/api/economics/budgets/2039").then().statusCode(200);
        FixedRecipients.set(2039, FixedRecipients.months("3209", 2039, m -> 0, m -> null));
        given().auth().oauth2(Tokens.teamLeader()).get("/api/economics/estimates/2039").then().statusCode(422)
                .body("errors.field", contains("targets"));
        teamLeader("{\"kind\": \"SALARIES\", \"bookedOn\": \"2039-01-31\", \"amount\": 100, \"text\": \"x\"}")
                .post("/api/economics/expenses/2039").then().statusCode(201);
        given().auth().oauth2(Tokens.teamLeader()).get("/api/economics/settlements/2039").then().statusCode(422)
                .body("errors.field", contains("recipients"));
        FixedRecipients.set(2039, FixedRecipients.months("3209", 2039, m -> 1, m -> null));
        given().auth().oauth2(Tokens.teamLeader()).get("/api/economics/settlements/2039/comparison").then()
                .statusCode(422).body("errors.field", contains("populations.3209"));
        FixedRecipients.set(2039, List.of());
    }
}

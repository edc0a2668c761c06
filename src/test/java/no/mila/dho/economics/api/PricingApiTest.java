package no.mila.dho.economics.api;

import static io.restassured.RestAssured.given;
import static no.mila.dho.economics.api.PricingFixture.A;
import static no.mila.dho.economics.api.PricingFixture.B;
import static no.mila.dho.economics.api.PricingFixture.C;
import static no.mila.dho.economics.api.PricingFixture.YEAR;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import no.mila.dho.economics.WithFixedRecipients;
import no.mila.dho.testsupport.Tokens;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The estimate, the settlement and the comparison of 2032 ({@link PricingFixture}), every figure by hand. */
@QuarkusTest
@TestProfile(WithFixedRecipients.class)
class PricingApiTest {

    @BeforeEach
    void enter() {
        PricingFixture.enter();
    }

    static Matcher<BigDecimal> nok(String amount) {
        return comparesEqualTo(new BigDecimal(amount));
    }

    static ValidatableResponse get(String token, String path) {
        return given().config(RestAssured.config().jsonConfig(JsonConfig.jsonConfig()
                        .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)))
                .auth().oauth2(token).get(path).then();
    }

    @Test
    void the_estimate_is_the_budget_over_the_targets_with_the_mark_up() {
        // 198 target months; 201,960 / 198 = 1,020; x 1.035 = 1,055.70
        get(Tokens.council(), "/api/economics/estimates/" + YEAR).statusCode(200)
                .body("estimatedTotalCost", nok("201960.00"))
                .body("estimatedRecipientMonths", equalTo(198))
                .body("averageCostPerRecipientMonth", nok("1020.00"))
                .body("riskMarkupPercent", nok("3.5"))
                .body("riskMarkup", nok("35.70"))
                .body("estimatedPricePerRecipientMonth", nok("1055.70"))
                .body("staffing.months[0].month", equalTo(YEAR + "-01"))
                .body("staffing.months[0].nurses", nok("0.21"))   // 15 / 73
                .body("staffing.months[3].nurses", nok("0.23"))   // 17 / 73
                .body("staffing.averageNurses", nok("0.23"))      // 198 / 876
                .body("municipalities.find { it.municipality == '" + A + "' }.estimatedPayment", nok("126684.00"))
                .body("municipalities.find { it.municipality == '" + B + "' }.estimatedPayment", nok("63342.00"))
                .body("municipalities.find { it.municipality == '" + C + "' }.estimatedPayment", nok("19002.60"))
                .body("municipalities.find { it.municipality == '" + C + "' }.name", equalTo("Nystart"))
                .body("totalEstimatedPayment", nok("209028.60"));
        given().auth().oauth2(Tokens.teamLeader()).get("/api/economics/estimates/" + YEAR).then()
                .body(containsString("\"estimatedPricePerRecipientMonth\":1055.70"));
    }

    @Test
    void the_settlement_bills_the_target_where_a_municipality_had_fewer_and_shows_the_surplus() {
        // 210 counted recipient-months, 210,000 booked: 1,000 each; 222 billable
        get(Tokens.teamLeader(), "/api/economics/settlements/" + YEAR).statusCode(200)
                .body("preliminary", equalTo(true))
                .body("bookedExpenses", nok("210000.00"))
                .body("recipientMonths", equalTo(210))
                .body("billableRecipientMonths", equalTo(222))
                .body("actualCostPerRecipientMonth", nok("1000.00"))
                .body("municipalities.find { it.municipality == '" + A + "' }.total", nok("144000.00"))
                .body("municipalities.find { it.municipality == '" + B + "' }.lines[0].recipients", equalTo(3))
                .body("municipalities.find { it.municipality == '" + B + "' }.lines[0].target", equalTo(5))
                .body("municipalities.find { it.municipality == '" + B + "' }.lines[0].billable", equalTo(5))
                .body("municipalities.find { it.municipality == '" + B + "' }.lines[0].amount", nok("5000.00"))
                .body("municipalities.find { it.municipality == '" + B + "' }.lines[6].amount", nok("5000.00"))
                .body("municipalities.find { it.municipality == '" + B + "' }.total", nok("60000.00"))
                .body("municipalities.find { it.municipality == '" + B + "' }.startUpFee", nullValue())
                .body("municipalities.find { it.municipality == '" + C + "' }.lines[0].target", nullValue())
                .body("municipalities.find { it.municipality == '" + C + "' }.amount", nok("18000.00"))
                .body("municipalities.find { it.municipality == '" + C + "' }.startUpFee.quarter",
                        equalTo(YEAR + "-K2"))
                .body("municipalities.find { it.municipality == '" + C + "' }.startUpFee.amount", nok("8200.00"))
                .body("municipalities.find { it.municipality == '" + C + "' }.total", nok("26200.00"))
                .body("invoiced", nok("222000.00"))
                .body("startUpFees", nok("8200.00"))
                .body("surplus", nok("12000.00"));
    }

    @Test
    void the_comparison_shows_both_models_on_the_same_cost_and_the_long_term_one_collects_exactly_it() {
        // base 63,000 by inhabitant-months 240,000 : 120,000 : 54,000 (Nystart 9 months); the rest 700 a month
        String a = "municipalities.find { it.municipality == '" + A + "' }.payments.";
        String b = "municipalities.find { it.municipality == '" + B + "' }.payments.";
        String c = "municipalities.find { it.municipality == '" + C + "' }.payments.";
        String longTerm = "'befolkningsvektet-grunnandel'";
        get(Tokens.council(), "/api/economics/settlements/" + YEAR + "/comparison").statusCode(200)
                .body("actualCost", nok("210000.00"))
                .body("baseSharePercent", nok("30"))
                .body("models.name", org.hamcrest.Matchers.contains("2025", "befolkningsvektet-grunnandel"))
                .body("models[0].total", nok("222000.00"))
                .body("models[1].total", nok("210000.00"))
                .body(a + "'2025'.payment", nok("144000.00"))
                .body(a + "'2025'.perRecipientMonth", nok("1000.00"))
                .body(b + "'2025'.perRecipientMonth", nok("1250.00"))
                .body(a + longTerm + ".payment", nok("137321.74"))
                .body(b + longTerm + ".payment", nok("51860.87"))
                .body(c + longTerm + ".payment", nok("20817.39"))
                .body(a + longTerm + ".perRecipientMonth", nok("953.62"))
                .body(b + longTerm + ".perRecipientMonth", nok("1080.43"))
                .body(c + longTerm + ".perRecipientMonth", nok("1156.52"));
    }
}

package no.mila.dho.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.Clock;
import no.mila.dho.benefit.domain.Quarter;
import no.mila.dho.shared.time.ClockProducer;
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** The demo's benefit reports: the quarters past are reported, but for one patient of Nes. */
@QuarkusTest
@TestProfile(DemoDataTest.WithDemoData.class)
class DemoBenefitsTest {

    @Test
    void the_last_quarter_is_reported_in_ullensaker_and_nes_misses_one_patient() {
        Quarter last = Quarter.of(ClockProducer.today(Clock.systemUTC())).previous();
        String path = "/api/benefit-reports/" + last.year() + "/" + last.number();
        given().auth().oauth2(Tokens.coordinator("3209")).get(path).then().statusCode(200);
        JsonPath nes = given().auth().oauth2(Tokens.coordinator("3228")).get(path).then().statusCode(200)
                .extract().jsonPath();
        assertThat(nes.getList("patientStatus.findAll { !it.complete }.familyName")).contains("Strand");
        assertThat(given().auth().oauth2(Tokens.coordinator("3228")).get("/api/benefit-reports/reminders").then()
                .statusCode(200).extract().jsonPath().getList("quarter", Integer.class)).contains(last.number());
        JsonPath summary = given().auth().oauth2(Tokens.council())
                .get("/api/benefit-reports/" + last.year() + "/summary?municipality=3209").then().statusCode(200)
                .extract().jsonPath();
        assertThat(summary.getInt("rows.find { it.quarter == " + last.number() + " }.patientMonths")).isPositive();
    }
}

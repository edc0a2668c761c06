package no.mila.dho.benefit.api;

import static io.restassured.RestAssured.given;
import static no.mila.dho.benefit.api.BenefitFixtures.path;
import static no.mila.dho.benefit.api.BenefitFixtures.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import no.mila.dho.benefit.application.ReminderJob;
import no.mila.dho.benefit.domain.Quarter;
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The benefit reports over REST on a municipality of the test's own: the baseline at allocation, a quarter's
 * reports with their version, the worst values refused by field, the reminder from the end of the quarter until
 * every patient is reported, and the summary and cost estimate from those figures.
 */
@QuarkusTest
class BenefitReportResourceTest {

    @Inject
    ReminderJob job;

    @Test
    void the_baseline_at_allocation_records_kad_and_short_term_days_of_the_12_months_before() {
        String municipality = BenefitFixtures.newMunicipality();
        Quarter q = BenefitFixtures.previousQuarter();
        String withDays = BenefitFixtures.followedFrom(municipality, q.firstDay(), 6, 14);
        String without = BenefitFixtures.followedFrom(municipality, q.firstDay(), null, null);

        given().auth().oauth2(Tokens.nurse()).when().get("/api/patients/" + withDays + "/episodes")
                .then().statusCode(200).body("[0].allocation.baselineKadDays", equalTo(6))
                .body("[0].allocation.baselineShortTermDays", equalTo(14));
        given().auth().oauth2(Tokens.nurse()).when().get("/api/patients/" + without + "/episodes")
                .then().statusCode(200).body("[0].allocation.baselineKadDays", nullValue());
    }

    @Test
    void more_than_366_days_of_a_year_is_refused_naming_the_field() {
        String patientId = no.mila.dho.testsupport.PatientFixtures.registerPatient("3209");
        String episodeId = no.mila.dho.testsupport.PatientFixtures.refer(patientId, "COPD");
        no.mila.dho.testsupport.PatientFixtures.assess(patientId, episodeId,
                no.mila.dho.testsupport.PatientFixtures.answers("COPD"));
        Map<String, Object> body = new java.util.HashMap<>(no.mila.dho.testsupport.PatientFixtures.allocation());
        body.put("baselineKadDays", 367);
        body.put("baselineShortTermDays", -1);
        given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON).body(body)
                .when().post("/api/patients/" + patientId + "/episodes/" + episodeId + "/allocation")
                .then().statusCode(400).body("errors.field", hasItem("baselineKadDays"))
                .body("errors.field", hasItem("baselineShortTermDays"));
    }

    @Test
    void a_quarter_is_reported_versioned_and_the_reminder_closes_when_every_patient_is_reported() {
        String municipality = BenefitFixtures.newMunicipality();
        Quarter q = BenefitFixtures.previousQuarter();
        String first = BenefitFixtures.followedFrom(municipality, q.firstDay(), 12, 24);
        String second = BenefitFixtures.followedFrom(municipality, q.months().get(1).atDay(15), 0, 0);
        String coordinator = Tokens.coordinator(municipality);

        job.run(BenefitFixtures.today());
        assertThat(job.run(BenefitFixtures.today())).as("a second run creates nothing").isZero();
        JsonPath reminders = given().auth().oauth2(coordinator).when().get("/api/benefit-reports/reminders")
                .then().statusCode(200).extract().jsonPath();
        assertThat(reminders.getList("municipality")).containsExactly(municipality);
        assertThat(reminders.getString("[0].dueOn")).isEqualTo(q.lastDay().plusDays(14).toString());

        JsonPath status = given().auth().oauth2(coordinator).when().get(path(q)).then().statusCode(200)
                .extract().jsonPath();
        assertThat(status.getInt("patients")).isEqualTo(2);
        assertThat(status.getBoolean("complete")).isFalse();
        assertThat(status.getList("patientStatus.find { it.patientId == '" + second + "' }.due"))
                .as("the second patient was followed from the quarter's second month")
                .containsExactly(q.months().get(1).toString(), q.months().get(2).toString());

        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(report(q, 0, 240, 8, 1, 2))
                .when().put(path(q) + "/patients/" + first).then().statusCode(200).body("version", equalTo(0))
                .body("complete", equalTo(true));
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(report(q, 0, 120, 4, 0, 0))
                .when().put(path(q) + "/patients/" + first).then().statusCode(200).body("version", equalTo(1));
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(report(q, 0, 100, 4, 0, 0))
                .when().put(path(q) + "/patients/" + first).then().statusCode(409);
        given().auth().oauth2(coordinator).when().get("/api/benefit-reports/reminders").then().statusCode(200)
                .body("municipality", hasItem(municipality));

        Map<String, Object> twoMonths = Map.of("months", List.of(
                Map.of("month", q.months().get(1).toString(), "homeNursingMinutes", 60, "homeNursingVisits", 2,
                        "kadDays", 0, "shortTermDays", 0),
                Map.of("month", q.months().get(2).toString(), "homeNursingMinutes", 60, "homeNursingVisits", 2,
                        "kadDays", 0, "shortTermDays", 0)));
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(twoMonths)
                .when().put(path(q) + "/patients/" + second).then().statusCode(200).body("complete", equalTo(true));

        given().auth().oauth2(coordinator).when().get(path(q)).then().statusCode(200)
                .body("complete", equalTo(true)).body("missingPatients", equalTo(0));
        List<String> open = given().auth().oauth2(coordinator).when().get("/api/benefit-reports/reminders")
                .then().statusCode(200).extract().jsonPath().getList("municipality");
        assertThat(open).doesNotContain(municipality);

        JsonPath summary = given().auth().oauth2(Tokens.teamLeader())
                .when().get("/api/benefit-reports/" + q.year() + "/summary?municipality=" + municipality)
                .then().statusCode(200).extract().jsonPath();
        String row = "rows.find { it.quarter == " + q.number() + " }.";
        assertThat(summary.getInt(row + "patientsFollowed")).isEqualTo(2);
        assertThat(summary.getInt(row + "patientMonths")).isEqualTo(5);
        // (3 x 120 + 2 x 60) / 5 = 96 minutes; baseline 240 for both
        assertThat(summary.getFloat(row + "homeNursingMinutes.reported")).isEqualTo(96.0f);
        assertThat(summary.getFloat(row + "homeNursingMinutes.baseline")).isEqualTo(240.0f);
        // KAD at baseline: (3 x 12 + 2 x 0) / (5 x 12) = 0.60; short-term (3 x 24) / 60 = 1.20
        assertThat(summary.getFloat(row + "kadDays.baseline")).isEqualTo(0.6f);
        assertThat(summary.getFloat(row + "shortTermDays.baseline")).isEqualTo(1.2f);
        assertThat(summary.getFloat(row + "kadDays.reported")).isEqualTo(0.0f);
    }

    @Test
    void the_worst_values_are_refused_by_field() {
        String municipality = BenefitFixtures.newMunicipality();
        Quarter q = BenefitFixtures.previousQuarter();
        String patient = BenefitFixtures.followedFrom(municipality, q.firstDay(), 0, 0);
        String coordinator = Tokens.coordinator(municipality);

        put(coordinator, q, patient, report(q, 0, -5, 0, 0, 0)).statusCode(400)
                .body("errors.field", hasItem("months[0].homeNursingMinutes"));
        put(coordinator, q, patient, report(q, 0, 0, 0, 32, 0)).statusCode(400)
                .body("errors.field", hasItem("months[0].kadDays"));
        Quarter next = new Quarter(q.year() + 1, q.number());
        put(coordinator, q, patient, report(next, 0, 0, 0, 0, 0)).statusCode(400)
                .body("errors.field", hasItem("months[0].month"));
        put(coordinator, q, patient, Map.of("months", List.of())).statusCode(400);
        put(coordinator, q, patient, Map.of("months", List.of(Map.of("month", "2026-13", "homeNursingMinutes", 1,
                "homeNursingVisits", 1, "kadDays", 0, "shortTermDays", 0)))).statusCode(400);

        // not followed up in that quarter: allocated in today's quarter
        String later = BenefitFixtures.followedFrom(municipality, BenefitFixtures.today(), 0, 0);
        put(coordinator, q, later, report(q, 0, 0, 0, 0, 0)).statusCode(422)
                .body("errors.field", hasItem("patientId"));
        put(coordinator, q, java.util.UUID.randomUUID().toString(), report(q, 0, 0, 0, 0, 0)).statusCode(404);
        // of another municipality: as if it did not exist
        put(Tokens.coordinator(BenefitFixtures.newMunicipality()), q, patient, report(q, 0, 0, 0, 0, 0))
                .statusCode(404);
        given().auth().oauth2(coordinator).when().get("/api/benefit-reports/" + q.year() + "/5").then().statusCode(400);
    }

    @Test
    void the_summary_and_the_cost_estimate_come_as_csv_xlsx_and_png() {
        String municipality = BenefitFixtures.newMunicipality();
        Quarter q = BenefitFixtures.previousQuarter();
        String patient = BenefitFixtures.followedFrom(municipality, q.firstDay(), 12, 12);
        String coordinator = Tokens.coordinator(municipality);
        put(coordinator, q, patient, report(q, 0, 120, 4, 1, 0)).statusCode(200);
        String summary = "/api/benefit-reports/" + q.year() + "/summary";

        String csv = given().auth().oauth2(coordinator).when().get(summary + "?format=csv").then().statusCode(200)
                .contentType("text/csv").extract().asString();
        assertThat(csv).contains("Hjemmesykepleie, minutter").contains("Nytte " + municipality);
        given().auth().oauth2(coordinator).accept(no.mila.dho.shared.report.ReportFormat.XLSX_TYPE).when()
                .get(summary).then().statusCode(200).contentType(no.mila.dho.shared.report.ReportFormat.XLSX_TYPE);
        byte[] png = given().auth().oauth2(coordinator).when().get(summary + "/chart").then().statusCode(200)
                .contentType("image/png").extract().asByteArray();
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');

        // one patient followed in the year, baseline 240 minutes a month: 48 h a year at 1,314 = 63,072
        JsonPath cost = given().auth().oauth2(coordinator)
                .when().get("/api/benefit-reports/" + q.year() + "/cost-estimate").then().statusCode(200)
                .extract().jsonPath();
        assertThat(cost.getInt("patients")).isEqualTo(1);
        assertThat(cost.getString("municipality")).isEqualTo(municipality);
        assertThat(cost.getFloat("withoutDhoPerPatient.perYear")).isEqualTo(63_072f);
        assertThat(cost.getFloat("withDhoPerPatient.perYear")).isEqualTo(18_048f);
        assertThat(cost.getFloat("savingTotal.perYear")).isEqualTo(63_072f - 18_048f);
        assertThat(cost.getFloat("hoursPerWeek")).isEqualTo(1.0f);
        String table = given().auth().oauth2(coordinator)
                .when().get("/api/benefit-reports/" + q.year() + "/cost-estimate?format=csv").then().statusCode(200)
                .extract().asString();
        assertThat(table).contains("Sum kostnader med DHO (per pasient)");
    }

    private static io.restassured.response.ValidatableResponse put(String token, Quarter q, String patient,
                                                                   Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().put(path(q) + "/patients/" + patient).then();
    }
}

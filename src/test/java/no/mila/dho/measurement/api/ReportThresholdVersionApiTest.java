package no.mila.dho.measurement.api;

import static io.restassured.RestAssured.given;
import static no.mila.dho.testsupport.ThresholdFixtures.copdProposal;
import static no.mila.dho.testsupport.ThresholdFixtures.propose;
import static no.mila.dho.testsupport.ThresholdFixtures.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.mila.dho.measurement.persistence.ReportEntity;
import no.mila.dho.testsupport.PatientFixtures;
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** Which threshold version a report was evaluated against, in its answer and in every stored value's view. */
@QuarkusTest
class ReportThresholdVersionApiTest {

    private static final String NURSE = Tokens.nurse();

    private static ExtractableResponse<Response> spo2(String login, UUID reportId, OffsetDateTime at) {
        Map<String, Object> body = ReportApiTest.report(reportId, at);
        body.put("spo2", ReportApiTest.quantity(95, "%"));
        return ReportApiTest.send(login, body);
    }

    private static void verifyVersion2(String patientId) {
        ExtractableResponse<Response> proposed = propose(NURSE, patientId, copdProposal("14-day baseline review", 86, 90));
        ExtractableResponse<Response> ordered = step(Tokens.physician(PatientFixtures.GP_HPR), patientId,
                proposed.path("id"), "order", ((Number) proposed.path("version")).longValue());
        ExtractableResponse<Response> verified = step(Tokens.nurse("nurse-2"), patientId, proposed.path("id"),
                "verification", ((Number) ordered.path("version")).longValue());
        assertThat(verified.statusCode()).isEqualTo(200);
        given().auth().oauth2(NURSE).get("/api/patients/" + patientId + "/thresholds").then().statusCode(200)
                .body("version", equalTo(2)).body("provisional", equalTo(false));
    }

    @Test
    void answers_and_measurements_name_the_version_used_and_a_verified_version_is_not_provisional() {
        String[] p = ReportApiTest.patientInFollowUp("COPD");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).withNano(0);
        UUID before = UUID.randomUUID();
        spo2(p[1], before, now.minusHours(2)).response().then().statusCode(201)
                .body("reportId", equalTo(before.toString()))
                .body("thresholdVersion", equalTo(1))
                .body("provisionalThresholds", equalTo(true))
                .body("provisionalQuestionnaire", equalTo(true));

        verifyVersion2(p[0]);

        UUID after = UUID.randomUUID();
        spo2(p[1], after, now.minusHours(1)).response().then().statusCode(201)
                .body("reportId", equalTo(after.toString()))
                .body("thresholdVersion", equalTo(2))
                .body("provisionalThresholds", equalTo(false))
                .body("provisionalQuestionnaire", equalTo(true));

        String versionTwoSet = given().auth().oauth2(NURSE).get("/api/patients/" + p[0] + "/thresholds").then()
                .extract().path("id");
        given().auth().oauth2(NURSE).get("/api/patients/" + p[0] + "/measurements").then().statusCode(200)
                .body("items.reportId", contains(after.toString(), before.toString()))
                .body("items.thresholdVersion", contains(2, 1))
                .body("items[0].thresholdSetId", equalTo(versionTwoSet))
                .body("items[1].thresholdSetId", not(equalTo(versionTwoSet)));
        given().auth().oauth2(Tokens.physician(PatientFixtures.GP_HPR)).get("/api/patients/" + p[0] + "/measurements/latest")
                .then().statusCode(200)
                .body("find { it.type == 'SPO2' }.reportId", equalTo(after.toString()))
                .body("find { it.type == 'SPO2' }.thresholdVersion", equalTo(2))
                .body("find { it.type == 'SPO2' }.thresholdSetId", equalTo(versionTwoSet));
    }

    @Test
    void the_report_id_a_nurse_and_the_patient_see_is_the_apps_and_the_internal_id_is_not_shown() {
        String[] p = ReportApiTest.patientInFollowUp("COPD");
        UUID clientId = UUID.randomUUID();
        spo2(p[1], clientId, OffsetDateTime.now(ZoneOffset.UTC).withNano(0)).response().then().statusCode(201)
                .body("reportId", equalTo(clientId.toString()));
        String internal = ReportEntity.<ReportEntity>find("clientReportId", clientId).firstResult().id.toString();
        assertThat(internal).isNotEqualTo(clientId.toString());

        for (String url : List.of("/api/patients/" + p[0] + "/measurements", "/api/patients/" + p[0] + "/measurements/latest")) {
            String body = given().auth().oauth2(NURSE).get(url).then().statusCode(200)
                    .body((url.endsWith("latest") ? "" : "items.") + "reportId", contains(clientId.toString()))
                    .extract().asString();
            assertThat(body).doesNotContain(internal);
        }
        for (String url : List.of("/api/me/measurements", "/api/me/measurements/latest")) {
            String body = given().auth().oauth2(Tokens.patient(p[1])).get(url).then().statusCode(200)
                    .body((url.endsWith("latest") ? "" : "items.") + "reportId", contains(clientId.toString()))
                    .extract().asString();
            assertThat(body).doesNotContain(internal);
        }
        String measurement = given().auth().oauth2(NURSE).get("/api/patients/" + p[0] + "/measurements").then()
                .extract().path("items[0].id");
        given().auth().oauth2(NURSE).contentType("application/json").body(Map.of("reason", "Feil på måleren"))
                .post("/api/patients/" + p[0] + "/measurements/" + measurement + "/invalidation").then().statusCode(200)
                .body("reportId", equalTo(clientId.toString())).body("thresholdVersion", equalTo(1))
                .body("invalid", equalTo(true));
        given().auth().oauth2(NURSE).get("/api/patients/" + p[0] + "/measurements").then()
                .body("items.thresholdVersion", everyItem(equalTo(1)));
    }

    @Test
    void a_report_of_symptoms_only_shows_its_threshold_version_on_the_alert_it_raised() {
        String[] p = ReportApiTest.patientInFollowUp("COPD");
        UUID clientId = UUID.randomUUID();
        Map<String, Object> body = ReportApiTest.report(clientId, OffsetDateTime.now(ZoneOffset.UTC).withNano(0));
        body.put("symptoms", Map.of("BREATHLESSNESS", "WORSE"));
        ReportApiTest.send(p[1], body).response().then().statusCode(201).body("thresholdVersion", equalTo(1));
        UUID internal = ReportEntity.<ReportEntity>find("clientReportId", clientId).firstResult().id;
        String alert = no.mila.dho.alert.persistence.AlertEntity
                .<no.mila.dho.alert.persistence.AlertEntity>find("reportId", internal).firstResult().id.toString();
        given().auth().oauth2(NURSE).get("/api/alerts/" + alert).then().statusCode(200)
                .body("reportId", equalTo(clientId.toString())).body("thresholdVersion", equalTo(1));
    }
}

package no.mila.dho.measurement.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.mila.dho.alert.persistence.AlertEntity;
import no.mila.dho.measurement.persistence.MeasurementEntity;
import no.mila.dho.measurement.persistence.ReportEntity;
import no.mila.dho.testsupport.PatientFixtures;
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReportApiTest {

    /** A COPD (or heart failure) patient in follow-up with a login: {patientId, login}. */
    static String[] patientInFollowUp(String pathway) {
        String[] ids = PatientFixtures.allocatedPatient("3209", pathway);
        return new String[] {ids[0], PatientFixtures.linkLogin(ids[0])};
    }

    static Map<String, Object> report(UUID id, OffsetDateTime at) {
        Map<String, Object> body = new HashMap<>();
        body.put("reportId", id.toString());
        body.put("measuredAt", at.toString());
        return body;
    }

    static Map<String, Object> quantity(Object value, String unit) {
        return Map.of("value", value instanceof String text ? new java.math.BigDecimal(text) : value, "unit", unit);
    }

    static ExtractableResponse<Response> send(String login, Map<String, Object> body) {
        return given().auth().oauth2(Tokens.patient(login)).contentType(ContentType.JSON).body(body)
                .when().post("/api/me/reports").then().extract();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.ofHours(1)).withNano(0);
    }

    @Test
    void the_first_patient_story_spo2_75_and_high_blood_pressure_is_red_with_both_reasons() {
        String[] p = patientInFollowUp("COPD");
        Map<String, Object> body = report(UUID.randomUUID(), now());
        body.put("spo2", quantity(75, "%"));
        body.put("bloodPressure", Map.of("systolic", 185, "diastolic", 95, "unit", "mmHg"));
        body.put("pulse", quantity(92, "/min"));
        given().auth().oauth2(Tokens.patient(p[1])).contentType(ContentType.JSON).body(body)
                .when().post("/api/me/reports")
                .then().statusCode(201)
                .body("zone", equalTo("RED"))
                .body("reasons", containsInAnyOrder("Oksygenmetning (SpO2) 75 % er under den røde grensen 88 %.",
                        "Systolisk blodtrykk 185 mmHg er over den røde grensen 180 mmHg."))
                .body("emergency", containsString("ikke en akuttjeneste"))
                .body("emergency", containsString("113"))
                .body("measureDaily", containsString("hver dag"))
                .body("selfManagementPlan.available", equalTo(false))
                .body("selfManagementPlan.message", containsString("under utarbeidelse"))
                .body("provisionalThresholds", equalTo(true))
                .body("measurements.find { it.type == 'SPO2' }.zone", equalTo("RED"))
                .body("measurements.find { it.type == 'DIASTOLIC' }.zone", equalTo("GREEN"));
        AlertEntity alert = AlertEntity.find("patientId", UUID.fromString(p[0])).firstResult();
        assertThat(alert.zone.name()).isEqualTo("RED");
        assertThat(alert.status).isEqualTo("OPEN");
    }

    @Test
    void a_heart_failure_patient_gaining_2_4_kg_in_three_days_is_yellow() {
        String[] p = patientInFollowUp("HEART_FAILURE");
        OffsetDateTime now = now();
        for (Object[] day : new Object[][] {{3, "80.0"}, {2, "80.6"}, {1, "81.5"}}) {
            Map<String, Object> earlier = report(UUID.randomUUID(), now.minusDays((int) day[0]));
            earlier.put("weight", quantity(day[1], "kg"));
            assertThat(send(p[1], earlier).statusCode()).isEqualTo(201);
        }
        Map<String, Object> today = report(UUID.randomUUID(), now);
        today.put("weight", quantity("82.4", "kg"));
        send(p[1], today).response().then().statusCode(201).body("zone", equalTo("YELLOW"))
                .body("reasons", hasItem("Vekten din har økt 2,4 kg på 3 dager. En økning på 2 kg eller mer gir gul sone."))
                .body("emergency", nullValue());
    }

    @Test
    void ten_identical_posts_store_one_report_and_give_the_same_answer() {
        String[] p = patientInFollowUp("COPD");
        UUID id = UUID.randomUUID();
        Map<String, Object> body = report(id, now());
        body.put("spo2", quantity(90, "%"));
        Set<String> answers = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            ExtractableResponse<Response> r = send(p[1], body);
            assertThat(r.statusCode()).isEqualTo(201);
            answers.add(r.asString());
        }
        assertThat(answers).hasSize(1);
        assertThat(ReportEntity.count("clientReportId", id)).isEqualTo(1);
        assertThat(MeasurementEntity.count("patientId", UUID.fromString(p[0]))).isEqualTo(1);
        assertThat(AlertEntity.count("patientId", UUID.fromString(p[0]))).isEqualTo(1);
    }

    @Test
    void fifty_concurrent_duplicates_create_one_report() throws Exception {
        String[] p = patientInFollowUp("COPD");
        UUID id = UUID.randomUUID();
        Map<String, Object> body = report(id, now());
        body.put("spo2", quantity(86, "%"));
        body.put("pulse", quantity(101, "/min"));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<ExtractableResponse<Response>>> calls = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                calls.add(() -> send(p[1], body));
            }
            Set<String> answers = new HashSet<>();
            for (Future<ExtractableResponse<Response>> f : pool.invokeAll(calls)) {
                assertThat(f.get().statusCode()).isEqualTo(201);
                answers.add(f.get().asString());
            }
            assertThat(answers).hasSize(1);
        } finally {
            pool.shutdown();
        }
        assertThat(ReportEntity.count("clientReportId", id)).isEqualTo(1);
        assertThat(MeasurementEntity.count("patientId", UUID.fromString(p[0]))).isEqualTo(2);
        assertThat(AlertEntity.count("patientId", UUID.fromString(p[0]))).isEqualTo(1);
    }

    @Test
    void the_same_id_with_other_content_is_refused_and_another_patient_may_reuse_the_id() {
        String[] p = patientInFollowUp("COPD");
        String[] other = patientInFollowUp("COPD");
        UUID id = UUID.randomUUID();
        Map<String, Object> body = report(id, now());
        body.put("spo2", quantity(96, "%"));
        assertThat(send(p[1], body).statusCode()).isEqualTo(201);
        Map<String, Object> changed = new HashMap<>(body);
        changed.put("spo2", quantity(85, "%"));
        send(p[1], changed).response().then().statusCode(422).body("type", equalTo("urn:dho:problem:report-id-reused"));
        send(other[1], changed).response().then().statusCode(201).body("zone", equalTo("RED"));
        assertThat(ReportEntity.count("clientReportId", id)).isEqualTo(2);
    }

    @Test
    void bad_input_is_refused_field_by_field_and_nothing_is_stored() {
        String[] p = patientInFollowUp("COPD");
        long reports = ReportEntity.count();
        long measurements = MeasurementEntity.count();
        Map<String, Object> body = report(UUID.randomUUID(), now().plusMinutes(30));
        body.put("spo2", quantity(101, "%"));
        body.put("bloodPressure", Map.of("systolic", 80, "diastolic", 90, "unit", "mmHg"));
        body.put("weight", quantity(0, "kg"));
        body.put("temperature", quantity(37, "C"));
        body.put("symptoms", Map.of("BREATHLESSNESS", "TERRIBLE", "HEADACHE", "YES"));
        send(p[1], body).response().then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("measuredAt", "spo2.value", "bloodPressure.systolic", "weight.value",
                        "temperature.unit", "symptoms.BREATHLESSNESS", "symptoms.HEADACHE"));
        Map<String, Object> empty = report(UUID.randomUUID(), now());
        send(p[1], empty).response().then().statusCode(400).body("errors.field", hasItem("body"));
        Map<String, Object> half = report(UUID.randomUUID(), now());
        half.put("bloodPressure", Map.of("systolic", 130, "unit", "mmHg"));
        send(p[1], half).response().then().statusCode(400).body("errors.field", hasItem("bloodPressure"));
        assertThat(ReportEntity.count()).isEqualTo(reports);
        assertThat(MeasurementEntity.count()).isEqualTo(measurements);
    }

    @Test
    void extreme_but_possible_values_are_accepted_because_they_must_turn_red() {
        String[] p = patientInFollowUp("COPD");
        Map<String, Object> body = report(UUID.randomUUID(), now());
        body.put("spo2", quantity(70, "%"));
        body.put("temperature", quantity("41.2", "Cel"));
        send(p[1], body).response().then().statusCode(201).body("zone", equalTo("RED"))
                .body("reasons", hasItem("Temperatur 41,2 °C er over den røde grensen 39 °C."));
    }

    @Test
    void a_late_report_sent_days_after_it_was_measured_is_accepted_and_evaluated() {
        String[] p = patientInFollowUp("COPD");
        OffsetDateTime measured = now().minusDays(5);
        Map<String, Object> body = report(UUID.randomUUID(), measured);
        body.put("pulse", quantity(115, "/min"));
        send(p[1], body).response().then().statusCode(201).body("zone", equalTo("YELLOW"))
                .body("measuredAt", equalTo(measured.toInstant().toString()));
    }

    @Test
    void a_patient_cannot_post_for_another_and_a_nurse_posts_on_behalf() {
        String[] p = patientInFollowUp("COPD");
        String[] other = patientInFollowUp("COPD");
        Map<String, Object> body = report(UUID.randomUUID(), now());
        body.put("spo2", quantity(95, "%"));
        given().auth().oauth2(Tokens.patient(p[1])).contentType(ContentType.JSON).body(body)
                .when().post("/api/patients/" + other[0] + "/reports").then().statusCode(403);
        body.put("note", "Lest opp på telefon");
        given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON).body(body)
                .when().post("/api/patients/" + other[0] + "/reports")
                .then().statusCode(201).body("enteredOnBehalf", equalTo(true));
        assertThat(ReportEntity.count("patientId", UUID.fromString(p[0]))).isZero();
    }

    @Test
    void a_patient_not_yet_allocated_is_told_so_and_nothing_is_stored() {
        String patient = PatientFixtures.registerPatient("3209");
        PatientFixtures.refer(patient, "COPD");
        String login = PatientFixtures.linkLogin(patient);
        Map<String, Object> body = report(UUID.randomUUID(), now());
        body.put("spo2", quantity(95, "%"));
        send(login, body).response().then().statusCode(409).body("type", equalTo("urn:dho:problem:not-in-follow-up"));
        assertThat(ReportEntity.count("patientId", UUID.fromString(patient))).isZero();
    }

    @Test
    void history_latest_and_an_invalid_weight_left_out_of_the_trend() {
        String[] p = patientInFollowUp("HEART_FAILURE");
        OffsetDateTime now = now();
        Map<String, Object> faulty = report(UUID.randomUUID(), now.minusDays(1));
        faulty.put("weight", quantity("70.0", "kg"));
        send(p[1], faulty);
        String measurement = given().auth().oauth2(Tokens.nurse()).queryParam("type", "BODY_WEIGHT")
                .get("/api/patients/" + p[0] + "/measurements").then().statusCode(200)
                .body("totalItems", equalTo(1)).extract().path("items[0].id");
        given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON).body(Map.of("reason", "Feil på vekten"))
                .post("/api/patients/" + p[0] + "/measurements/" + measurement + "/invalidation")
                .then().statusCode(200).body("invalid", equalTo(true)).body("invalidReason", equalTo("Feil på vekten"));
        Map<String, Object> today = report(UUID.randomUUID(), now);
        today.put("weight", quantity("80.0", "kg"));
        send(p[1], today).response().then().statusCode(201).body("zone", equalTo("GREEN"));
        given().auth().oauth2(Tokens.physician(PatientFixtures.GP_HPR)).get("/api/patients/" + p[0] + "/measurements/latest")
                .then().statusCode(200).body("find { it.type == 'BODY_WEIGHT' }.value", equalTo(80.0f));
        given().auth().oauth2(Tokens.patient(p[1])).get("/api/me/measurements").then().statusCode(200)
                .body("totalItems", equalTo(2)).body("items[1].invalid", equalTo(true));
        given().auth().oauth2(Tokens.coordinator("3209")).get("/api/patients/" + p[0] + "/measurements").then().statusCode(403);
        given().auth().oauth2(Tokens.physician("9299999")).get("/api/patients/" + p[0] + "/measurements").then().statusCode(404);
    }

    @Test
    void the_patient_gets_the_questionnaire_and_the_thresholds_are_copied_at_allocation() {
        String[] p = patientInFollowUp("HEART_FAILURE");
        given().auth().oauth2(Tokens.patient(p[1])).get("/api/me/questionnaire").then().statusCode(200)
                .body("questions.code", hasItems("BREATHLESSNESS", "SWOLLEN_LEGS", "PILLOWS", "DIZZINESS"))
                .body("provisional", equalTo(true));
        given().auth().oauth2(Tokens.nurse()).get("/api/patients/" + p[0] + "/thresholds").then().statusCode(200)
                .body("version", equalTo(1)).body("weightTrend.yellowGainKg", equalTo(2.0f))
                .body("limits.SPO2.yellowLow", equalTo(94.0f)).body("provisional", equalTo(true));
        given().auth().oauth2(Tokens.coordinator("3209")).get("/api/patients/" + p[0] + "/thresholds").then().statusCode(403);
    }
}

package no.mila.dho.measurement.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.mila.dho.testsupport.Management;
import no.mila.dho.testsupport.OwnerDatabase;
import no.mila.dho.threshold.application.IncompleteThresholdsReport;
import no.mila.dho.testsupport.PatientFixtures;
import no.mila.dho.testsupport.ThresholdFixtures;
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, item 1: a threshold set without a red limit for a measured type cannot be stored by any path, and a
 * value that has no red limit to be judged by is never answered green.
 */
@QuarkusTest
class RedLimitsKeptTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    IncompleteThresholdsReport report;

    private static Map<String, Object> spo2Report(Object spo2) {
        Map<String, Object> body = ReportApiTest.report(UUID.randomUUID(), OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1));
        body.put("spo2", ReportApiTest.quantity(spo2, "%"));
        return body;
    }

    @Test
    void spo2_75_on_the_default_set_of_every_pathway_is_red() {
        List<String> pathways = given().auth().oauth2(Tokens.nurse()).get("/api/pathways").then().statusCode(200)
                .extract().path("code");
        assertThat(pathways).contains("COPD", "HEART_FAILURE");
        for (String pathway : pathways) {
            String[] patient = ReportApiTest.patientInFollowUp(pathway);
            ReportApiTest.send(patient[1], spo2Report(75)).response().then().statusCode(201).body("zone", equalTo("RED"));
        }
    }

    @Test
    void a_nurses_proposal_with_spo2_limits_all_null_is_refused_naming_spo2() {
        String patient = PatientFixtures.allocatedPatient("3209", "COPD")[0];
        Map<String, Object> body = ThresholdFixtures.copdProposal("Alle SpO2-grenser tomme", null, null);
        ThresholdFixtures.propose(Tokens.nurse(), patient, body).response().then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("limits.SPO2"));
    }

    @Test
    void a_measured_type_leaves_a_patients_version_only_by_a_statement_with_the_reason() {
        String patient = PatientFixtures.allocatedPatient("3209", "COPD")[0];
        Map<String, Object> body = ThresholdFixtures.copdProposal("Bruker ikke termometer", 88, 92);
        @SuppressWarnings("unchecked")
        Map<String, Object> limits = (Map<String, Object>) body.get("limits");
        limits.remove("BODY_TEMPERATURE");
        ThresholdFixtures.propose(Tokens.nurse(), patient, body).response().then().statusCode(400)
                .body("errors.field", hasItem("limits.BODY_TEMPERATURE"));
        body.put("notMeasured", Map.of("BODY_TEMPERATURE", "Pasienten har ikke termometer; avtalt med fastlegen"));
        ThresholdFixtures.propose(Tokens.nurse(), patient, body).response().then().statusCode(201)
                .body("notMeasured.BODY_TEMPERATURE", containsString("termometer"));
    }

    @Test
    void an_admins_default_with_spo2_all_null_or_with_only_pulse_is_refused_naming_each_type() {
        Map<String, Object> spo2Empty = new HashMap<>(copdDefaultLimits());
        spo2Empty.put("SPO2", ThresholdFixtures.limits(null, null, null, null));
        putDefault(Map.of("limits", spo2Empty)).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("limits.SPO2"));
        putDefault(Map.of("limits", Map.of("PULSE", ThresholdFixtures.limits(40, 50, 100, 120)))).then().statusCode(400)
                .body("errors.field", hasItems("limits.SPO2", "limits.SYSTOLIC", "limits.DIASTOLIC", "limits.BODY_TEMPERATURE"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("limits", Map.of("PULSE", ThresholdFixtures.limits(40, 50, 100, 120))))
                .put("/api/threshold-defaults/HEART_FAILURE").then().statusCode(400)
                .body("errors.field", hasItems("limits.SPO2", "weightTrend"));
    }

    @Test
    void the_database_refuses_a_version_without_the_red_limit_of_a_measured_type_as_a_second_line() throws SQLException {
        String patient = PatientFixtures.allocatedPatient("3209", "COPD")[0];
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            UUID set = UUID.randomUUID();
            s.execute("UPDATE threshold_set SET status = 'SUPERSEDED' WHERE patient_id = '" + patient + "'");
            s.execute(insertSet(set, patient));
            s.execute("INSERT INTO threshold_limit (set_id, type, red_low, red_high) VALUES ('" + set + "', 'PULSE', 40, 120),"
                    + " ('" + set + "', 'SYSTOLIC', 90, 180), ('" + set + "', 'DIASTOLIC', 40, 110),"
                    + " ('" + set + "', 'BODY_TEMPERATURE', 35, 39), ('" + set + "', 'SPO2', NULL, NULL)");
            assertThatThrownBy(c::commit).isInstanceOf(SQLException.class).hasMessageContaining("SPO2");
            c.rollback();
        }
    }

    @Test
    void an_older_set_without_spo2_red_limit_is_reported_at_start_up_and_its_spo2_75_is_never_green() throws SQLException {
        String[] patient = ReportApiTest.patientInFollowUp("COPD");
        // Only the owner may disable a trigger: the application role cannot plant such a set (ApplicationRolePrivilegesTest).
        try (Connection c = OwnerDatabase.connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            UUID set = UUID.randomUUID();
            s.execute("ALTER TABLE threshold_set DISABLE TRIGGER threshold_set_keeps_red_limits");
            s.execute("UPDATE threshold_set SET status = 'SUPERSEDED' WHERE patient_id = '" + patient[0] + "'");
            s.execute(insertSet(set, patient[0]));
            s.execute("INSERT INTO threshold_limit (set_id, type, red_low, red_high) VALUES ('" + set + "', 'PULSE', 40, 120),"
                    + " ('" + set + "', 'SYSTOLIC', 90, 180), ('" + set + "', 'DIASTOLIC', 40, 110),"
                    + " ('" + set + "', 'BODY_TEMPERATURE', 35, 39), ('" + set + "', 'SPO2', NULL, NULL)");
            s.execute("ALTER TABLE threshold_set ENABLE TRIGGER threshold_set_keeps_red_limits");
            c.commit();
        }
        assertThat(report.check()).isGreaterThanOrEqualTo(1);
        Management.given().get("/q/metrics").then().statusCode(200).body(containsString("dho_thresholds_incomplete_sets"));
        ReportApiTest.send(patient[1], spo2Report(75)).response().then().statusCode(201)
                .body("zone", equalTo("YELLOW"))
                .body("reasons[0]", containsString("kan ikke vurderes mot terskelverdiene"));
    }

    private static String insertSet(UUID set, String patient) {
        return "INSERT INTO threshold_set (id, pathway, patient_id, version_no, status, provisional, created_at, created_by)"
                + " VALUES ('" + set + "', 'COPD', '" + patient + "', 99, 'IN_FORCE', TRUE, now(), 'test: older data')";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> copdDefaultLimits() {
        return (Map<String, Object>) ThresholdFixtures.copdProposal("x", 88, 92).get("limits");
    }

    private static io.restassured.response.Response putDefault(Map<String, Object> body) {
        return given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body)
                .put("/api/threshold-defaults/COPD");
    }
}

package no.mila.dho.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import no.mila.dho.patient.persistence.PatientEntity;
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** The run command's demo data loads, and shows each feature in use. */
@QuarkusTest
@TestProfile(DemoDataTest.WithDemoData.class)
class DemoDataTest {

    public static class WithDemoData implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("dho.demo-data.enabled", "true");
        }
    }

    static String patientId(String nationalId) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                PatientEntity.byNationalId(nationalId).orElseThrow().id.toString());
    }

    @Test
    void patients_past_the_baseline_have_verified_individual_thresholds_and_ola_a_proposal() {
        String kari = patientId("02914721183");
        given().auth().oauth2(Tokens.nurse()).get("/api/patients/" + kari + "/threshold-versions").then()
                .statusCode(200).body("version", contains(2, 1))
                .body("[0].changeRequest.trail.step", contains("PROPOSED", "ORDERED", "VERIFIED"))
                .body("[0].changeRequest.trail.actorName", contains("Nora Sykepleier", "Lars Fastlege", "Siri Lungelege"));
        String ola = patientId("14835212352");
        List<String> waiting = given().auth().oauth2(Tokens.physician("9200001")).queryParam("awaiting", "ORDER")
                .get("/api/threshold-changes").then().statusCode(200).extract().path("items.patientId");
        assertThat(waiting).contains(ola);
        given().auth().oauth2(Tokens.nurse()).get("/api/patients/" + ola + "/thresholds").then().body("version", equalTo(1));
    }

    @Test
    void the_worklist_has_the_demo_alerts_and_the_mornings_tasks() {
        String kari = patientId("02914721183");
        given().auth().oauth2(Tokens.nurse()).queryParam("size", 100).queryParam("municipality", "3228")
                .queryParam("zone", "YELLOW").get("/api/worklist").then().statusCode(200)
                .body("items.patientId", org.hamcrest.Matchers.hasItem(kari));
        // Ola started nine days ago: the first weekly contact is due (unless holidays push it past today)
        java.time.LocalDate today = no.mila.dho.shared.time.ClockProducer.today(java.time.Clock.systemUTC());
        if (!no.mila.dho.shared.time.NorwegianCalendar.onOrAfter(today.minusDays(2)).isAfter(today)) {
            given().auth().oauth2(Tokens.nurse()).queryParam("size", 100).queryParam("taskType", "WEEKLY_CONTACT")
                    .queryParam("municipality", "3209").get("/api/worklist").then().statusCode(200)
                    .body("items.patientId", org.hamcrest.Matchers.hasItem(patientId("14835212352")));
        }
    }

    @Test
    void demo_patients_have_approved_plans_and_their_report_answers_carry_the_advice() {
        String ola = patientId("14835212352");
        given().auth().oauth2(Tokens.nurse()).get("/api/patients/" + ola + "/plans/active").then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("approvedBy.name", equalTo("Lars Fastlege"))
                .body("zones.YELLOW[0].category", equalTo("MEDICATION"));
        @SuppressWarnings("unchecked")
        List<String> answers = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                PatientEntity.getEntityManager().createNativeQuery("SELECT answer FROM report WHERE patient_id = ?1")
                        .setParameter(1, java.util.UUID.fromString(ola)).getResultList());
        assertThat(answers).isNotEmpty().allSatisfy(a -> assertThat(a).contains("\"available\":true"));
        assertThat(answers).anySatisfy(a -> assertThat(a).contains("Prednisolon 30 mg daglig"));
    }

    @Test
    void the_hospital_sees_the_allocated_demo_patients_and_not_those_without_written_consent() {
        for (String[] expected : new String[][] {{"02914721183", "1"}, {"14835212352", "1"}, {"23865833008", "0"},
                {"09816114052", "0"}}) {
            given().auth().oauth2(no.mila.dho.testsupport.FhirTokens.hospital())
                    .queryParam("identifier", "urn:oid:2.16.578.1.12.4.1.4.1|" + expected[0])
                    .get("/fhir/r4/Patient").then().statusCode(200)
                    .body("total", equalTo(Integer.parseInt(expected[1])));
        }
    }
}

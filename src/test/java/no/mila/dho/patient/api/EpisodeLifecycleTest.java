package no.mila.dho.patient.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import no.mila.dho.patient.application.EpisodeEndingJob;
import no.mila.dho.testsupport.PatientFixtures;
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EpisodeLifecycleTest {

    @Inject
    EpisodeEndingJob endingJob;

    private static String episodes(String patientId) {
        return "/api/patients/" + patientId + "/episodes";
    }

    private static io.restassured.response.ValidatableResponse post(String path, Object body) {
        return given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON).body(body).when().post(path).then();
    }

    @Test
    void the_whole_pathway_is_recorded_with_who_and_why() {
        String[] ids = PatientFixtures.allocatedPatient("3209", "COPD");
        String episode = episodes(ids[0]) + "/" + ids[1];
        given().auth().oauth2(Tokens.nurse()).when().get(episodes(ids[0]))
                .then().statusCode(200).body("[0].state", equalTo("ACTIVE_BASELINE"))
                .body("[0].allocation.baselineNursingVisitsPerMonth", equalTo(8))
                .body("[0].allocation.consentCollectedBy", equalTo("Nora Sykepleier"))
                .body("[0].transitions.to", equalTo(java.util.List.of("REFERRED", "ASSESSED", "ACTIVE_BASELINE")))
                .body("[0].transitions[0].actorRole", equalTo("nurse"));
        // ACTIVE comes with individual thresholds (issue 5); pausing baseline is not a transition of the pathway
        post(episode + "/pause", Map.of("reason", "Innlagt"))
                .statusCode(409).body("type", equalTo("urn:dho:problem:illegal-transition"))
                .body("detail", containsString("ACTIVE_BASELINE cannot move to PAUSED"));
    }

    @Test
    void a_failed_general_criterion_blocks_allocation_and_is_named() {
        String patientId = PatientFixtures.registerPatient("3209");
        String episodeId = PatientFixtures.refer(patientId, "COPD");
        PatientFixtures.assess(patientId, episodeId, PatientFixtures.answers("COPD", "BANKID"));
        post(episodes(patientId) + "/" + episodeId + "/allocation", PatientFixtures.allocation())
                .statusCode(422).body("type", equalTo("urn:dho:problem:inclusion-criterion-not-met"))
                .body("detail", containsString("BANKID (Has BankID)"));
        given().auth().oauth2(Tokens.nurse()).when().get(episodes(patientId)).then().body("[0].state", equalTo("ASSESSED"));
    }

    @Test
    void no_disease_specific_criterion_blocks_allocation() {
        String patientId = PatientFixtures.registerPatient("3209");
        String episodeId = PatientFixtures.refer(patientId, "HEART_FAILURE");
        PatientFixtures.assess(patientId, episodeId,
                PatientFixtures.answers("HEART_FAILURE", "HF_NYHA_2_4", "HF_OUTPATIENT_FOLLOW_UP"));
        post(episodes(patientId) + "/" + episodeId + "/allocation", PatientFixtures.allocation())
                .statusCode(422).body("detail", containsString("no disease-specific criterion of HEART_FAILURE"));
    }

    @Test
    void an_incomplete_checklist_names_each_missing_criterion() {
        String patientId = PatientFixtures.registerPatient("3209");
        String episodeId = PatientFixtures.refer(patientId, "COPD");
        Map<String, Boolean> answers = new java.util.HashMap<>(PatientFixtures.answers("COPD"));
        answers.remove("MOTIVATED");
        answers.put("HF_NYHA_2_4", true);
        post(episodes(patientId) + "/" + episodeId + "/assessment", Map.of("answers", answers))
                .statusCode(400).body("errors.field", hasItem("answers.MOTIVATED"))
                .body("errors.field", hasItem("answers.HF_NYHA_2_4"));
    }

    @Test
    void illegal_steps_are_refused_and_change_nothing() {
        String patientId = PatientFixtures.registerPatient("3209");
        String episodeId = PatientFixtures.refer(patientId, "COPD");
        post(episodes(patientId) + "/" + episodeId + "/allocation", PatientFixtures.allocation())
                .statusCode(409).body("detail", containsString("REFERRED cannot move to ACTIVE_BASELINE"));
        post(episodes(patientId) + "/" + episodeId + "/resume", Map.of("reason", "x")).statusCode(409);
        given().auth().oauth2(Tokens.nurse()).when().get(episodes(patientId))
                .then().body("[0].state", equalTo("REFERRED")).body("[0].transitions", hasSize(1));
    }

    @Test
    void one_open_episode_per_patient_and_a_new_one_after_the_end() {
        String patientId = PatientFixtures.registerPatient("3209");
        String episodeId = PatientFixtures.refer(patientId, "COPD");
        post(episodes(patientId), Map.of("pathway", "HEART_FAILURE", "source", "SELF", "oralConsent", true,
                "referredOn", no.mila.dho.shared.time.ClockProducer.today(java.time.Clock.systemUTC()).toString())).statusCode(409);
        post(episodes(patientId) + "/" + episodeId + "/end", Map.of("reason", "NOT_INCLUDED",
                "reasonText", "Ønsket ikke", "plannedEndDate", no.mila.dho.shared.time.ClockProducer.today(java.time.Clock.systemUTC()).toString(), "coordinatorInformed", true))
                .statusCode(200).body("state", equalTo("ENDED"));
        PatientFixtures.refer(patientId, "HEART_FAILURE");
    }

    @Test
    void a_referral_needs_oral_consent_and_a_known_pathway() {
        String patientId = PatientFixtures.registerPatient("3209");
        post(episodes(patientId), Map.of("pathway", "COPD", "source", "GP", "oralConsent", false,
                "referredOn", no.mila.dho.shared.time.ClockProducer.today(java.time.Clock.systemUTC()).toString())).statusCode(400).body("errors[0].field", equalTo("oralConsent"));
        post(episodes(patientId), Map.of("pathway", "ASTHMA", "source", "GP", "oralConsent", true,
                "referredOn", no.mila.dho.shared.time.ClockProducer.today(java.time.Clock.systemUTC()).toString())).statusCode(400).body("errors[0].field", equalTo("pathway"));
        post(episodes(patientId), Map.of("pathway", "COPD", "source", "NEIGHBOUR", "oralConsent", true,
                "referredOn", no.mila.dho.shared.time.ClockProducer.today(java.time.Clock.systemUTC()).toString())).statusCode(400).body("errors[0].field", equalTo("source"));
    }

    @Test
    void ending_with_notice_takes_effect_on_the_planned_date() {
        String[] ids = PatientFixtures.allocatedPatient("3209", "COPD");
        String episode = episodes(ids[0]) + "/" + ids[1];
        LocalDate planned = no.mila.dho.shared.time.ClockProducer.today(java.time.Clock.systemUTC()).plusDays(14);
        post(episode + "/end", Map.of("reason", "NO_LONGER_BENEFITS", "reasonText", "Stabil",
                "plannedEndDate", no.mila.dho.shared.time.ClockProducer.today(java.time.Clock.systemUTC()).toString(), "coordinatorInformed", true))
                .statusCode(400).body("errors[0].field", equalTo("plannedEndDate"));
        post(episode + "/end", Map.of("reason", "NO_LONGER_BENEFITS", "reasonText", "Stabil",
                "plannedEndDate", planned.toString(), "coordinatorInformed", false))
                .statusCode(400).body("errors[0].field", equalTo("coordinatorInformed"));
        post(episode + "/end", Map.of("reason", "NO_LONGER_BENEFITS", "reasonText", "Stabil",
                "plannedEndDate", planned.toString(), "coordinatorInformed", true))
                .statusCode(200).body("state", equalTo("ACTIVE_BASELINE"))
                .body("end.plannedEndDate", equalTo(planned.toString()));

        endingJob.endDueEpisodes(planned.minusDays(1));
        given().auth().oauth2(Tokens.nurse()).when().get(episodes(ids[0])).then().body("[0].state", equalTo("ACTIVE_BASELINE"));
        endingJob.endDueEpisodes(planned);
        endingJob.endDueEpisodes(planned);
        given().auth().oauth2(Tokens.nurse()).when().get(episodes(ids[0]))
                .then().body("[0].state", equalTo("ENDED"))
                .body("[0].transitions.findAll { it.to == 'ENDED' }", hasSize(1))
                .body("[0].transitions[-1].actorName", equalTo("Nora Sykepleier"));
    }
}

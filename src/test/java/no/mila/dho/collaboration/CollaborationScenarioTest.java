package no.mila.dho.collaboration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.mila.dho.collaboration.application.Day14SummaryJob;
import no.mila.dho.outbox.application.Outbox;
import no.mila.dho.outbox.domain.Addressee;
import no.mila.dho.outbox.domain.DeliveryState;
import no.mila.dho.outbox.domain.OutgoingMessage;
import no.mila.dho.patient.application.EpisodeEndingJob;
import no.mila.dho.shared.time.ClockProducer;
import no.mila.dho.testsupport.PatientFixtures;
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * One patient from a hospital referral to the end of the pathway, over the REST API as the roles do it, with every
 * outgoing message checked: its kind, its recipient, its text and the keys of its payload.
 */
@QuarkusTest
class CollaborationScenarioTest {

    static final String MUNICIPALITY = "3209";
    static final String GP_HPR = "9200077";
    static final LocalDate TODAY = ClockProducer.today(java.time.Clock.systemUTC());
    static final String NURSE = Tokens.nurse();
    static final String COORDINATOR = Tokens.coordinator(MUNICIPALITY);
    static final String GP = Tokens.physician(GP_HPR);

    @Inject
    Outbox outbox;

    @Inject
    Day14SummaryJob day14;

    @Inject
    EpisodeEndingJob ending;

    @Inject
    ObjectMapper json;

    int seen;

    @Test
    void a_patient_from_hospital_referral_to_end_sends_each_party_what_it_needs_and_nothing_twice() throws Exception {
        String patient = PatientFixtures.registerPatient(MUNICIPALITY, "Kari", "Scenario", GP_HPR);
        String login = PatientFixtures.linkLogin(patient);

        // referral from the lung department: the home municipality's coordinator assesses it
        String episode = given().auth().oauth2(NURSE).contentType(ContentType.JSON)
                .body(Map.of("pathway", "COPD", "source", "HOSPITAL_DEPARTMENT", "department", "AHUS_LUNG",
                        "oralConsent", true, "referredOn", TODAY.minusDays(2).toString()))
                .post("/api/patients/" + patient + "/episodes").then().statusCode(201).extract().path("id");
        OutgoingMessage referral = next(patient, 1).get(0);
        assertMessage(referral, "REFERRAL_TO_ASSESS", Addressee.coordinator(MUNICIPALITY),
                "Henvisning til digital hjemmeoppfølging til vurdering",
                List.of("Kari Scenario", "Ahus, lungeavdelingen", "kartleggingsbesøk"),
                List.of("patient", "episodeId", "pathway", "source", "department", "referredOn", "followUpService"));

        // the coordinator assesses and allocates, with home nursing: the GP learns of the inclusion
        PatientFixtures.assess(patient, episode, PatientFixtures.answers("COPD"));
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(PatientFixtures.allocation())
                .post("/api/patients/" + patient + "/episodes/" + episode + "/allocation").then().statusCode(200);
        OutgoingMessage inclusion = next(patient, 1).get(0);
        assertMessage(inclusion, "INCLUSION", Addressee.gp(GP_HPR), "Pasient inkludert i digital hjemmeoppfølging (Kols)",
                List.of("Kari Scenario", "Oksygenmetning (SpO2): rød under", "telefon "),
                List.of("patient", "episodeId", "pathway", "startDate", "thresholdVersion", "thresholds",
                        "measurementIds", "followUpService"));
        assertThat(payload(inclusion).get("measurementIds")).isEqualTo(List.of());

        // the baseline: the patient reports; the nurse holds the goal conversation (and corrects it)
        report(login, 95);
        report(login, 91);
        goalConversation(patient, List.of("Gå tur hver dag")).then().statusCode(201);
        given().auth().oauth2(GP).contentType(ContentType.JSON).body(conversation(List.of("Noe annet")))
                .post("/api/patients/" + patient + "/goal-conversations").then().statusCode(403);
        goalConversation(patient, List.of("Gå tur med barnebarna", "Slutte å røyke")).then().statusCode(201);
        given().auth().oauth2(GP).get("/api/patients/" + patient + "/goal-conversations").then().statusCode(200)
                .body("versionNo", contains(2, 1)).body("[0].recordedByName", equalTo("Nora Sykepleier"));
        assertThat(next(patient, 0)).isEmpty();

        // day 14: the summary to the GP, once, however often the job runs
        assertThat(day14.run(TODAY.plusDays(13))).isZero();
        day14.run(TODAY.plusDays(14));
        day14.run(TODAY.plusDays(15));
        OutgoingMessage summary = next(patient, 1).get(0);
        assertMessage(summary, "DAY_14_SUMMARY", Addressee.gp(GP_HPR),
                "Oppsummering etter 14 dager i digital hjemmeoppfølging",
                List.of("Hva er viktig for pasienten: Familien", "- Slutte å røyke", "Målinger i perioden: 2 målinger"),
                List.of("patient", "episodeId", "pathway", "baselineFrom", "baselineTo", "goalConversation",
                        "measurementIds", "thresholdVersion", "thresholds", "followUpService"));
        assertThat((List<?>) payload(summary).get("measurementIds")).hasSize(2);

        // the plan starts from the goal conversation; its approval sends copies to the GP and home nursing
        Map<String, Object> draft = given().auth().oauth2(NURSE).contentType(ContentType.JSON).body(Map.of())
                .post("/api/patients/" + patient + "/plans").then().statusCode(201).extract().as(Map.class);
        assertThat(draft.get("goals")).isEqualTo(List.of("Gå tur med barnebarna", "Slutte å røyke"));
        given().auth().oauth2(GP).contentType(ContentType.JSON).body(Map.of("version", draft.get("version")))
                .post("/api/patients/" + patient + "/plans/" + draft.get("id") + "/approval").then().statusCode(200);
        List<OutgoingMessage> copies = next(patient, 2);
        for (int i = 0; i < 2; i++) {
            assertMessage(copies.get(i), "PLAN_APPROVED", List.of(Addressee.gp(GP_HPR),
                            Addressee.homeNursing(MUNICIPALITY)).get(i), "Kopi av godkjent egenbehandlingsplan (versjon 1)",
                    List.of("- Gå tur med barnebarna", "Grønn sone", "Gul sone", "Rød sone"),
                    List.of("patient", "planId", "planVersion", "approvedBy", "approvedOn", "goals", "zones"));
        }

        // the weekly specialist meeting changes the plan: the GP and home nursing hear of it
        String item = given().auth().oauth2(NURSE).contentType(ContentType.JSON)
                .body(Map.of("department", "AHUS_LUNG", "reason", "Mye gult"))
                .post("/api/patients/" + patient + "/specialist-meeting").then().statusCode(201).extract().path("id");
        given().auth().oauth2(NURSE).contentType(ContentType.JSON)
                .body(Map.of("outcome", "PLAN_CHANGED", "note", "Øker inhalasjoner i gul sone"))
                .post("/api/specialist-meeting/" + item + "/outcome").then().statusCode(204);
        List<OutgoingMessage> outcomes = next(patient, 2);
        for (int i = 0; i < 2; i++) {
            assertMessage(outcomes.get(i), "MEETING_OUTCOME", List.of(Addressee.gp(GP_HPR),
                            Addressee.homeNursing(MUNICIPALITY)).get(i), "Utfall fra tverrfaglig møte: endret egenbehandlingsplan",
                    List.of("Ahus, lungeavdelingen", "Notat fra møtet: Øker inhalasjoner i gul sone"),
                    List.of("patient", "meetingItemId", "department", "decidedOn", "outcome", "note"));
        }

        // the end, decided with notice and then taking effect: coordinator, GP and the referring department
        LocalDate planned = TODAY.plusDays(40);
        given().auth().oauth2(NURSE).contentType(ContentType.JSON)
                .body(Map.of("reason", "NO_LONGER_BENEFITS", "reasonText", "Stabil over tid", "plannedEndDate",
                        planned.toString(), "coordinatorInformed", true))
                .post("/api/patients/" + patient + "/episodes/" + episode + "/end").then().statusCode(200);
        List<Addressee> endRecipients = List.of(Addressee.coordinator(MUNICIPALITY), Addressee.gp(GP_HPR),
                Addressee.department("AHUS_LUNG"));
        List<OutgoingMessage> decided = next(patient, 3);
        for (int i = 0; i < 3; i++) {
            assertMessage(decided.get(i), "END_DECIDED", endRecipients.get(i),
                    "Digital hjemmeoppfølging avsluttes " + norwegian(planned),
                    List.of("Årsak: pasienten har ikke lenger nytte av oppfølgingen.", "Pasienten er informert"),
                    i == 0 ? List.of("patient", "episodeId", "pathway", "reason", "patientInformedBy", "plannedEndDate")
                            : List.of("patient", "episodeId", "pathway", "reason", "reasonText", "patientInformedBy",
                            "plannedEndDate"));
        }
        assertThat(decided.get(0).text()).doesNotContain("Stabil over tid");
        assertThat(decided.get(1).text()).contains("Stabil over tid");

        ending.endDueEpisodes(planned);
        ending.endDueEpisodes(planned);
        List<OutgoingMessage> ended = next(patient, 3);
        for (int i = 0; i < 3; i++) {
            assertMessage(ended.get(i), "ENDED", endRecipients.get(i), "Digital hjemmeoppfølging avsluttet",
                    List.of("er avsluttet " + norwegian(planned), "Utstyr"),
                    i == 0 ? List.of("patient", "episodeId", "pathway", "reason", "patientInformedBy", "endedOn",
                            "wasIncluded")
                            : List.of("patient", "episodeId", "pathway", "reason", "reasonText", "patientInformedBy",
                            "endedOn", "wasIncluded"));
            assertThat(ended.get(i).createdBy()).isEqualTo("Avslutning på planlagt dato");
        }
        assertThat(all(patient)).hasSize(13).allSatisfy(m -> {
            assertThat(m.state()).isIn(DeliveryState.PENDING, DeliveryState.DELIVERED, DeliveryState.FAILED);
            assertThat(((Map<?, ?>) payload(m).get("patient")).keySet()).isEqualTo(java.util.Set.of("nationalId", "name"));
        });
    }

    /** The messages written since the last call: exactly {@code count} of them, in order. */
    List<OutgoingMessage> next(String patient, int count) {
        List<OutgoingMessage> all = all(patient);
        List<OutgoingMessage> fresh = new ArrayList<>(all.subList(seen, all.size()));
        assertThat(fresh).as("messages written").hasSize(count);
        seen = all.size();
        return fresh;
    }

    List<OutgoingMessage> all(String patient) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.ofPatient(UUID.fromString(patient)));
    }

    Map<String, Object> payload(OutgoingMessage m) {
        try {
            return json.readValue(m.payloadJson(), new TypeReference<>() { });
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    void assertMessage(OutgoingMessage m, String kind, Addressee to, String subject, List<String> textHas,
                       List<String> payloadKeys) {
        assertThat(m.kind().name()).isEqualTo(kind);
        assertThat(m.to()).as(kind + " recipient").isEqualTo(to);
        assertThat(m.subject()).isEqualTo(subject);
        assertThat(m.text()).contains(textHas).contains("Kari Scenario (fødselsnummer ");
        assertThat(payload(m).keySet()).as(kind + " payload").containsExactlyInAnyOrderElementsOf(payloadKeys);
    }

    static String norwegian(LocalDate date) {
        return java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy").format(date);
    }

    static Map<String, Object> conversation(List<String> goals) {
        return Map.of("heldOn", TODAY.toString(), "whatMatters", "Familien og turene i skogen", "goals", goals,
                "summary", "Motivert; ønsker å klare seg hjemme");
    }

    static io.restassured.response.Response goalConversation(String patient, List<String> goals) {
        return given().auth().oauth2(NURSE).contentType(ContentType.JSON).body(conversation(goals))
                .post("/api/patients/" + patient + "/goal-conversations");
    }

    static void report(String login, int spo2) {
        Map<String, Object> body = new HashMap<>();
        body.put("reportId", UUID.randomUUID().toString());
        body.put("measuredAt", OffsetDateTime.now(ZoneOffset.UTC).withNano(0).toString());
        body.put("spo2", Map.of("value", spo2, "unit", "%"));
        given().auth().oauth2(Tokens.patient(login)).contentType(ContentType.JSON).body(body)
                .post("/api/me/reports").then().statusCode(201);
    }
}

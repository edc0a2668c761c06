package no.mila.dho.collaboration.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.mila.dho.measurement.domain.Limits;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.measurement.domain.ThresholdSet;
import no.mila.dho.measurement.domain.WeightTrendRule;
import no.mila.dho.measurement.domain.Zone;
import no.mila.dho.outbox.domain.Addressee;
import no.mila.dho.outbox.domain.MessageKind;
import no.mila.dho.outbox.domain.NewMessage;
import no.mila.dho.outbox.domain.RecipientKind;
import no.mila.dho.patient.domain.EndReason;
import no.mila.dho.patient.domain.ReferralSource;
import no.mila.dho.plan.domain.AdviceCategory;
import no.mila.dho.plan.domain.PlanItem;
import no.mila.dho.worklist.application.SpecialistMeeting.MeetingOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every kind of outgoing message: its recipient, its Norwegian subject and text, and its payload's keys. */
class MessageTextsTest {

    static final UUID PATIENT_ID = UUID.randomUUID();
    static final UUID EPISODE = UUID.randomUUID();
    static final MessagePatient KARI = new MessagePatient("01018012345", "Kari Nordmann");
    static final FollowUpService SERVICE = new FollowUpService("Oppfølgingstjenesten", "66 00 00 00");
    static final LocalDate START = LocalDate.parse("2026-11-02");

    static ThresholdSet copd() {
        Map<MeasurementType, Limits> limits = new EnumMap<>(MeasurementType.class);
        limits.put(MeasurementType.SPO2, Limits.of(88, 92, null, null));
        limits.put(MeasurementType.BODY_TEMPERATURE, Limits.of(null, null, 38.0, 39.5));
        return new ThresholdSet(limits, Optional.of(new WeightTrendRule(new BigDecimal("2.0"), new BigDecimal("3.0"), 3)));
    }

    @Test
    void thresholds_read_as_norwegian_lines_and_as_limits_by_type() {
        assertThat(ThresholdText.lines(copd())).containsExactly(
                "Oksygenmetning (SpO2): rød under 88 %, gul under 92 %",
                "Temperatur: gul over 38 °C, rød over 39,5 °C",
                "Vektøkning på 3 dager: gul fra 2 kg, rød fra 3 kg");
        Map<String, Object> payload = ThresholdText.payload(copd());
        assertThat(payload).containsOnlyKeys("SPO2", "BODY_TEMPERATURE", "WEIGHT_TREND");
        assertThat((Map<String, Object>) payload.get("SPO2")).containsOnlyKeys("redLow", "yellowLow", "unit");
    }

    @Test
    void inclusion_tells_the_gp_the_service_the_thresholds_the_measurements_and_the_phone_number() {
        UUID measured = UUID.randomUUID();
        NewMessage m = InclusionMessage.toGp(PATIENT_ID, "9200001", new InclusionMessage.Facts(KARI, "COPD", "Kols",
                EPISODE, START, copd(), 1, List.of(measured), SERVICE));
        assertThat(m.kind()).isEqualTo(MessageKind.INCLUSION);
        assertThat(m.to()).isEqualTo(Addressee.gp("9200001"));
        assertThat(m.subject()).isEqualTo("Pasient inkludert i digital hjemmeoppfølging (Kols)");
        assertThat(m.text()).contains("Kari Nordmann (fødselsnummer 01018012345)", "fra 02.11.2026",
                "- Oksygenmetning (SpO2): rød under 88 %", "Målinger så langt: 1 måling (vedlagt)",
                "telefon 66 00 00 00", "ikke en akuttjeneste");
        assertThat(m.payload()).containsOnlyKeys("patient", "episodeId", "pathway", "startDate", "thresholdVersion",
                "thresholds", "measurementIds", "followUpService");
        assertThat(m.payload().get("measurementIds")).isEqualTo(List.of(measured.toString()));
        assertThat(InclusionMessage.toGp(PATIENT_ID, "9200001", new InclusionMessage.Facts(KARI, "COPD", "Kols",
                EPISODE, START, copd(), 1, List.of(), SERVICE)).text()).contains("ikke sendt målinger ennå");
    }

    @Test
    void the_day_14_summary_carries_the_goal_conversation_and_the_baseline_measurements() {
        Day14SummaryMessage.Conversation c = new Day14SummaryMessage.Conversation(2, START.plusDays(13),
                "Å gå tur med barnebarna", List.of("Gå 20 minutter hver dag", "Slutte å røyke"), null);
        NewMessage m = Day14SummaryMessage.toGp(PATIENT_ID, "9200001", new Day14SummaryMessage.Facts(KARI, "COPD",
                "Kols", EPISODE, START, START.plusDays(14), c, List.of(UUID.randomUUID(), UUID.randomUUID()), copd(), 2,
                SERVICE));
        assertThat(m.kind()).isEqualTo(MessageKind.DAY_14_SUMMARY);
        assertThat(m.to().kind()).isEqualTo(RecipientKind.GP);
        assertThat(m.text()).contains("02.11.2026 til 15.11.2026", "Målsamtale 15.11.2026",
                "Hva er viktig for pasienten: Å gå tur med barnebarna", "- Slutte å røyke",
                "Målinger i perioden: 2 målinger (vedlagt)", "individuelle terskelverdier", "medisiner")
                .doesNotContain("Oppsummering fra oppfølgingstjenesten");
        assertThat(m.payload()).containsOnlyKeys("patient", "episodeId", "pathway", "baselineFrom", "baselineTo",
                "goalConversation", "measurementIds", "thresholdVersion", "thresholds", "followUpService");
        assertThat((Map<String, Object>) m.payload().get("goalConversation"))
                .containsOnlyKeys("version", "heldOn", "whatMatters", "goals");
    }

    @Test
    void a_plan_copy_gives_the_goals_and_every_zone_with_medication_as_the_patient_reads_it() {
        PlanItem walk = new PlanItem("a", Zone.GREEN, AdviceCategory.ACTIVITY, "Gå tur hver dag", null, null, null, null);
        PlanItem prednisolon = new PlanItem("b", Zone.YELLOW, AdviceCategory.MEDICATION, "Ta prednisolon",
                "Prednisolon", "30 mg", "ved gul sone", "etter 5 dager");
        NewMessage m = PlanCopyMessage.to(PATIENT_ID, Addressee.homeNursing("3209"), new PlanCopyMessage.Facts(KARI,
                UUID.randomUUID(), 3, "Lege Hansen", START, List.of("Gå tur med barnebarna"), List.of(walk, prednisolon)));
        assertThat(m.kind()).isEqualTo(MessageKind.PLAN_APPROVED);
        assertThat(m.to()).isEqualTo(Addressee.homeNursing("3209"));
        assertThat(m.subject()).isEqualTo("Kopi av godkjent egenbehandlingsplan (versjon 3)");
        assertThat(m.text()).contains("versjon 3, er godkjent av Lege Hansen 02.11.2026", "- Gå tur med barnebarna",
                "Grønn sone (stabil):\n- Gå tur hver dag",
                "Gul sone (tegn til forverring):\n- Prednisolon 30 mg: Ta prednisolon. Start: ved gul sone.",
                "Rød sone (forverring):\n- ingen råd");
        assertThat(m.payload()).containsOnlyKeys("patient", "planId", "planVersion", "approvedBy", "approvedOn",
                "goals", "zones");
    }

    @ParameterizedTest
    @EnumSource(MeetingOutcome.class)
    void every_meeting_outcome_has_a_norwegian_label_and_only_changes_go_to_home_nursing(MeetingOutcome outcome) {
        NewMessage m = MeetingOutcomeMessage.to(PATIENT_ID, Addressee.gp("9200001"), new MeetingOutcomeMessage.Facts(
                KARI, UUID.randomUUID(), "AHUS_LUNG", "Ahus, lungeavdelingen", START, outcome.name(), "Øker Spiriva"));
        assertThat(m.kind()).isEqualTo(MessageKind.MEETING_OUTCOME);
        assertThat(m.subject()).startsWith("Utfall fra tverrfaglig møte: ").doesNotContain("_");
        assertThat(m.text()).contains("Ahus, lungeavdelingen 02.11.2026", "Notat fra møtet: Øker Spiriva");
        assertThat(m.payload()).containsOnlyKeys("patient", "meetingItemId", "department", "decidedOn", "outcome",
                "note");
        assertThat(MeetingOutcomeMessage.toHomeNursing(outcome.name(), true)).isEqualTo(outcome != MeetingOutcome.NO_ACTION);
        assertThat(MeetingOutcomeMessage.toHomeNursing(outcome.name(), false)).isFalse();
    }

    @Test
    void an_unknown_meeting_outcome_is_refused() {
        assertThatThrownBy(() -> MeetingOutcomeMessage.label("MAYBE")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_end_goes_to_the_coordinator_the_gp_and_each_department_involved_once() {
        assertThat(EndRecipients.of("3209", "9200001", "AHUS_LUNG", "AHUS_HEART")).containsExactly(
                Addressee.coordinator("3209"), Addressee.gp("9200001"), Addressee.department("AHUS_LUNG"),
                Addressee.department("AHUS_HEART"));
        assertThat(EndRecipients.of("3209", "9200001", "AHUS_LUNG", "AHUS_LUNG")).hasSize(3);
        assertThat(EndRecipients.of("3209", null, null, null)).containsExactly(Addressee.coordinator("3209"));
    }

    @Test
    void the_coordinator_reads_the_reason_of_an_end_but_not_its_clinical_detail() {
        EndMessages.Facts f = new EndMessages.Facts(KARI, "COPD", "Kols", EPISODE, EndReason.NO_LONGER_BENEFITS,
                "Stabil KOLS, følges av fastlege", START.plusDays(60), true, SERVICE);
        NewMessage gp = EndMessages.decided(PATIENT_ID, Addressee.gp("9200001"), f);
        NewMessage coordinator = EndMessages.decided(PATIENT_ID, Addressee.coordinator("3209"), f);
        assertThat(gp.kind()).isEqualTo(MessageKind.END_DECIDED);
        assertThat(gp.subject()).isEqualTo("Digital hjemmeoppfølging avsluttes 01.01.2027");
        assertThat(gp.text()).contains("avsluttes 01.01.2027", "Årsak: pasienten har ikke lenger nytte av "
                + "oppfølgingen. Stabil KOLS, følges av fastlege", "Pasienten er informert av oppfølgingstjenesten");
        assertThat(coordinator.text()).contains("Årsak: pasienten har ikke lenger nytte av oppfølgingen.")
                .doesNotContain("Stabil KOLS");
        assertThat(gp.payload()).containsOnlyKeys("patient", "episodeId", "pathway", "reason", "reasonText",
                "patientInformedBy", "plannedEndDate");
        assertThat(coordinator.payload()).doesNotContainKey("reasonText");
    }

    @Test
    void an_ended_pathway_says_whether_the_patient_was_included() {
        EndMessages.Facts included = new EndMessages.Facts(KARI, "COPD", "Kols", EPISODE, EndReason.DECEASED, "Død",
                START, true, SERVICE);
        NewMessage m = EndMessages.ended(PATIENT_ID, Addressee.department("AHUS_LUNG"), included);
        assertThat(m.kind()).isEqualTo(MessageKind.ENDED);
        assertThat(m.text()).contains("er avsluttet 02.11.2026", "Årsak: pasienten er død. Død", "Utstyr");
        assertThat(m.payload()).containsEntry("wasIncluded", true).containsKey("endedOn");
        EndMessages.Facts notIncluded = new EndMessages.Facts(KARI, "COPD", "Kols", EPISODE, EndReason.NOT_INCLUDED,
                "Oppfyller ikke kriteriene", START, false, SERVICE);
        assertThat(EndMessages.ended(PATIENT_ID, Addressee.coordinator("3209"), notIncluded).text())
                .contains("Henvisningen", "uten at pasienten ble inkludert").doesNotContain("Utstyr", "kriteriene");
    }

    @ParameterizedTest
    @EnumSource(EndReason.class)
    void every_end_reason_reads_in_norwegian(EndReason reason) {
        assertThat(EndMessages.label(reason)).isNotBlank().doesNotContain("_");
    }

    @ParameterizedTest
    @EnumSource(ReferralSource.class)
    void hospital_self_and_relative_referrals_go_to_the_coordinator(ReferralSource source) {
        boolean expected = source == ReferralSource.HOSPITAL_DEPARTMENT || source == ReferralSource.SELF
                || source == ReferralSource.RELATIVE;
        assertThat(ReferralMessage.goesToCoordinator(source)).isEqualTo(expected);
        NewMessage m = ReferralMessage.toCoordinator(PATIENT_ID, new ReferralMessage.Facts(KARI, "98765432", "3209",
                "COPD", "Kols", EPISODE, source, null, null, START, SERVICE));
        assertThat(m.kind()).isEqualTo(MessageKind.REFERRAL_TO_ASSESS);
        assertThat(m.to()).isEqualTo(Addressee.coordinator("3209"));
        assertThat(m.text()).contains("telefon 98765432", "henvist til digital hjemmeoppfølging (Kols) 02.11.2026",
                "kartleggingsbesøk", "muntlige samtykke");
        assertThat(m.payload()).containsOnlyKeys("patient", "phone", "episodeId", "pathway", "source", "referredOn",
                "followUpService");
    }

    @Test
    void a_hospital_referral_names_the_department() {
        NewMessage m = ReferralMessage.toCoordinator(PATIENT_ID, new ReferralMessage.Facts(KARI, null, "3209", "COPD",
                "Kols", EPISODE, ReferralSource.HOSPITAL_DEPARTMENT, "AHUS_LUNG", "Ahus, lungeavdelingen", START,
                SERVICE));
        assertThat(m.text()).contains("av Ahus, lungeavdelingen,").doesNotContain("telefon 9");
        assertThat(m.payload()).containsEntry("department", "AHUS_LUNG").doesNotContainKey("phone");
    }

    @Test
    void the_day_14_summary_waits_for_the_baseline_and_goes_only_where_the_gp_is_responsible() {
        assertThat(Day14Rule.startedBy(START.plusDays(14))).isEqualTo(START);
        assertThat(Day14Rule.baselineEnd(START)).isEqualTo(START.plusDays(14));
        assertThat(Day14Rule.decide("9200001", null)).isEqualTo(Day14Rule.Outcome.SENT);
        assertThat(Day14Rule.decide("9200001", "9200001")).isEqualTo(Day14Rule.Outcome.SENT);
        assertThat(Day14Rule.decide("9200001", "9300001")).isEqualTo(Day14Rule.Outcome.NOT_GP_RESPONSIBLE);
        assertThat(Day14Rule.decide(null, "9300001")).isEqualTo(Day14Rule.Outcome.NOT_GP_RESPONSIBLE);
        assertThat(Day14Rule.decide(null, null)).isEqualTo(Day14Rule.Outcome.NO_GP);
        assertThat(Day14Rule.decide(" ", "")).isEqualTo(Day14Rule.Outcome.NO_GP);
    }
}

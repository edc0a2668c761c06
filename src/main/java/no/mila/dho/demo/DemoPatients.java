package no.mila.dho.demo;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import no.mila.dho.patient.application.EpisodeAllocation;
import no.mila.dho.patient.application.EpisodeCommands;
import no.mila.dho.patient.application.EpisodeFollowUp;
import no.mila.dho.patient.application.EpisodeIntake;
import no.mila.dho.patient.application.EquipmentService;
import no.mila.dho.patient.application.PatientDetails;
import no.mila.dho.patient.application.PatientQueries;
import no.mila.dho.patient.application.PatientService;
import no.mila.dho.patient.application.ReferenceData;
import no.mila.dho.patient.domain.EndReason;
import no.mila.dho.patient.domain.EpisodeState;
import no.mila.dho.patient.domain.EquipmentType;
import no.mila.dho.patient.domain.ReferralSource;
import no.mila.dho.shared.paging.PageRequest;
import no.mila.dho.shared.time.ClockProducer;

/**
 * The demo patients' registration and pathway episodes, entered through the patient feature's commands: nurse Nora
 * registers, refers, assesses (every criterion met) and allocates them (written consent collected by Kari
 * Koordinator on the day of referral); the verified individual thresholds of {@link DemoThresholds} end the
 * baseline; Nora pauses or ends the episode. Equipment is handed out by the coordinator of the municipality,
 * and admin Ada links the login.
 */
@ApplicationScoped
class DemoPatients {

    private static final String NOTE = "Demo data";

    private final DemoSession session;
    private final PatientService patients;
    private final PatientQueries queries;
    private final EpisodeIntake intake;
    private final EpisodeAllocation allocation;
    private final EpisodeFollowUp followUp;
    private final ReferenceData reference;
    private final EquipmentService equipment;
    private final DemoThresholds thresholds;
    private final Clock clock;

    DemoPatients(DemoSession session, PatientService patients, PatientQueries queries, EpisodeIntake intake,
                 EpisodeAllocation allocation, EpisodeFollowUp followUp, ReferenceData reference,
                 EquipmentService equipment, DemoThresholds thresholds, Clock clock) {
        this.session = session;
        this.patients = patients;
        this.queries = queries;
        this.intake = intake;
        this.allocation = allocation;
        this.followUp = followUp;
        this.reference = reference;
        this.equipment = equipment;
        this.thresholds = thresholds;
        this.clock = clock;
    }

    boolean isRegistered(String nationalId) {
        return session.as(DemoUser.NORA, () -> queries.search(null, nationalId, null, new PageRequest(0, 1))
                .totalItems() > 0);
    }

    /** Registers the patient, links their login and takes their episode to its state; answers the patient's id. */
    UUID enrol(DemoPatient p) {
        UUID id = session.as(DemoUser.NORA, () -> patients.register(new PatientDetails(p.nationalId(), null,
                p.givenName(), p.familyName(), p.municipality(), "+47 400 00 000", "Lars Fastlege", "9200001",
                "Siri Lungelege", "9200002", "AHUS_LUNG", null, "Kari Koordinator")).patient().id());
        if (p.login() != null) {
            session.run(DemoUser.ADA, () -> patients.linkLogin(id, p.login()));
        }
        LocalDate referredOn = ClockProducer.today(clock).minusDays(p.referredDaysAgo());
        UUID episode = session.as(DemoUser.NORA, () -> intake.refer(id, new EpisodeCommands.Refer(p.pathway(),
                ReferralSource.GP, null, true, referredOn, NOTE)).id());
        for (EpisodeState step : p.path()) {
            take(step, id, episode, p.pathway(), referredOn);
        }
        return id;
    }

    void handOut(UUID patientId, DemoPatient p, EquipmentType type, String serialNumber) {
        LocalDate on = ClockProducer.today(clock).minusDays(p.referredDaysAgo());
        session.run(DemoUser.coordinatorOf(p.municipality()),
                () -> equipment.handOut(patientId, type, serialNumber, on));
    }

    private void take(EpisodeState step, UUID patient, UUID episode, String pathway, LocalDate referredOn) {
        switch (step) {
            case REFERRED -> { } // the referral above
            case ASSESSED -> session.run(DemoUser.NORA, () -> intake.assess(patient, episode,
                    new EpisodeCommands.Assess(everyCriterionMet(pathway), NOTE)));
            case ACTIVE_BASELINE -> session.run(DemoUser.NORA, () -> allocation.allocate(patient, episode,
                    new EpisodeCommands.Allocate(referredOn, DemoUser.KARI_COORDINATOR.subject,
                            DemoUser.KARI_COORDINATOR.displayName, 8, 240, referredOn, 4, 12)));
            case ACTIVE -> thresholds.proposeOrderAndVerify(patient);
            case PAUSED -> session.run(DemoUser.NORA, () -> followUp.pause(patient, episode, NOTE));
            case ENDED -> session.run(DemoUser.NORA, () -> followUp.end(patient, episode, new EpisodeCommands.End(
                    EndReason.PATIENT_WISH, NOTE, ClockProducer.today(clock), true)));
        }
    }

    private Map<String, Boolean> everyCriterionMet(String pathway) {
        return reference.pathways().stream().filter(p -> p.code().equals(pathway)).findFirst().orElseThrow()
                .criteria().stream().collect(Collectors.toMap(ReferenceData.Criterion::code, c -> true));
    }
}

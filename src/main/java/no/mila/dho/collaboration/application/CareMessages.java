package no.mila.dho.collaboration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import no.mila.dho.collaboration.domain.MeetingOutcomeMessage;
import no.mila.dho.collaboration.domain.PlanCopyMessage;
import no.mila.dho.outbox.application.Outbox;
import no.mila.dho.outbox.domain.Addressee;
import no.mila.dho.patient.application.EpisodeQueries;
import no.mila.dho.patient.application.OpenEpisode;
import no.mila.dho.patient.application.PatientParties;
import no.mila.dho.plan.application.PlanApproved;
import no.mila.dho.plan.domain.PlanRules;
import no.mila.dho.plan.domain.Recipient;
import no.mila.dho.shared.time.ClockProducer;
import no.mila.dho.worklist.application.MeetingOutcomeRecorded;
import org.jboss.logging.Logger;

/**
 * The messages of the care around a patient, written in the transaction of the event: the copies of an approved
 * self-management plan (GP, home nursing where the patient has it; the follow-up service holds the plan itself) and
 * the outcome of the weekly specialist meeting (GP, home nursing where relevant).
 */
@ApplicationScoped
class CareMessages {

    private static final Logger LOG = Logger.getLogger(CareMessages.class);

    private final Outbox outbox;
    private final MessageFacts facts;
    private final EpisodeQueries episodes;

    CareMessages(Outbox outbox, MessageFacts facts, EpisodeQueries episodes) {
        this.outbox = outbox;
        this.facts = facts;
        this.episodes = episodes;
    }

    void onPlanApproved(@Observes PlanApproved e) {
        PatientParties p = facts.parties(e.patientId());
        PlanCopyMessage.Facts plan = new PlanCopyMessage.Facts(MessageFacts.patient(p), e.planId(), e.versionNo(),
                e.approvedByName(), e.approvedAt().atZone(ClockProducer.OSLO).toLocalDate(), e.goals(), e.items());
        for (Recipient recipient : Recipient.values()) {
            if (e.sharedWith().contains(recipient)) {
                addressOf(recipient, p).ifPresent(to -> outbox.write(PlanCopyMessage.to(e.patientId(), to, plan),
                        e.approvedBySubject(), e.approvedByName()));
            }
        }
    }

    void onMeetingOutcome(@Observes MeetingOutcomeRecorded e) {
        PatientParties p = facts.parties(e.patientId());
        MeetingOutcomeMessage.Facts outcome = new MeetingOutcomeMessage.Facts(MessageFacts.patient(p), e.itemId(),
                e.department(), facts.departmentName(e.department()),
                e.at().atZone(ClockProducer.OSLO).toLocalDate(), e.outcome().name(), e.note());
        addressOf(Recipient.GP, p).ifPresent(to ->
                outbox.write(MeetingOutcomeMessage.to(e.patientId(), to, outcome), e.bySubject(), e.byName()));
        boolean homeNursing = PlanRules.hasHomeNursing(episodes.openOf(e.patientId())
                .map(OpenEpisode::baselineNursingVisitsPerMonth).orElse(null));
        if (MeetingOutcomeMessage.toHomeNursing(e.outcome().name(), homeNursing)) {
            outbox.write(MeetingOutcomeMessage.to(e.patientId(), Addressee.homeNursing(p.municipality()), outcome),
                    e.bySubject(), e.byName());
        }
    }

    /** The address of a plan recipient outside the service; none for the follow-up service or a GP not registered. */
    private Optional<Addressee> addressOf(Recipient recipient, PatientParties p) {
        return switch (recipient) {
            case GP -> {
                if (p.gpHpr() == null || p.gpHpr().isBlank()) {
                    LOG.warnf("Patient %s has no registered GP: no message to the GP", p.patientId());
                    yield Optional.empty();
                }
                yield Optional.of(Addressee.gp(p.gpHpr()));
            }
            case HOME_NURSING -> Optional.of(Addressee.homeNursing(p.municipality()));
            case FOLLOW_UP_SERVICE -> Optional.empty();
        };
    }
}

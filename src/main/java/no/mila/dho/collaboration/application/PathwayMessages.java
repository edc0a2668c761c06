package no.mila.dho.collaboration.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.time.LocalDate;
import no.mila.dho.collaboration.domain.Day14Rule;
import no.mila.dho.collaboration.domain.EndMessages;
import no.mila.dho.collaboration.domain.EndRecipients;
import no.mila.dho.collaboration.domain.InclusionMessage;
import no.mila.dho.collaboration.domain.ReferralMessage;
import no.mila.dho.outbox.application.Outbox;
import no.mila.dho.outbox.domain.Addressee;
import no.mila.dho.patient.application.EpisodeEndDecided;
import no.mila.dho.patient.application.EpisodeEnded;
import no.mila.dho.patient.application.PatientAllocated;
import no.mila.dho.patient.application.PatientParties;
import no.mila.dho.patient.application.PatientReferred;
import no.mila.dho.threshold.application.StoredThresholdSet;
import org.jboss.logging.Logger;

/**
 * The messages of a pathway's course, written in the transaction of the patient feature's event: a hospital or
 * self-referral to the coordinator, the inclusion to the GP, the end (decided, then taking effect) to the coordinator,
 * the GP and the hospital department involved.
 */
@ApplicationScoped
class PathwayMessages {

    /** After the threshold feature's observer, which puts the pathway's thresholds in force at allocation. */
    static final int AFTER_THRESHOLDS = Interceptor.Priority.APPLICATION + 1000;

    private static final Logger LOG = Logger.getLogger(PathwayMessages.class);

    private final Outbox outbox;
    private final MessageFacts facts;
    private final CollaborationConfig config;

    PathwayMessages(Outbox outbox, MessageFacts facts, CollaborationConfig config) {
        this.outbox = outbox;
        this.facts = facts;
        this.config = config;
    }

    void onReferred(@Observes PatientReferred e) {
        if (!ReferralMessage.goesToCoordinator(e.source())) {
            return;
        }
        PatientParties p = facts.parties(e.patientId());
        outbox.write(ReferralMessage.toCoordinator(e.patientId(), new ReferralMessage.Facts(MessageFacts.patient(p),
                p.phone(), p.municipality(), e.pathway(), facts.pathwayName(e.pathway()), e.episodeId(), e.source(),
                e.department(), facts.departmentName(e.department()), e.referredOn(), config.service())),
                e.bySubject(), e.byName());
    }

    void onAllocated(@Observes @Priority(AFTER_THRESHOLDS) PatientAllocated e) {
        PatientParties p = facts.parties(e.patientId());
        if (p.gpHpr() == null || p.gpHpr().isBlank()) {
            LOG.warnf("Patient %s was allocated without a registered GP: no inclusion message", e.patientId());
            return;
        }
        StoredThresholdSet thresholds = facts.thresholdsInForce(e.patientId());
        LocalDate start = e.startDate();
        outbox.write(InclusionMessage.toGp(e.patientId(), p.gpHpr(), new InclusionMessage.Facts(
                MessageFacts.patient(p), e.pathway(), facts.pathwayName(e.pathway()), e.episodeId(), start,
                thresholds.thresholds(), thresholds.versionNo(),
                facts.measurementIds(e.patientId(), start, Day14Rule.baselineEnd(start)), config.service())));
    }

    void onEndDecided(@Observes EpisodeEndDecided e) {
        PatientParties p = facts.parties(e.patientId());
        EndMessages.Facts end = new EndMessages.Facts(MessageFacts.patient(p), e.pathway(),
                facts.pathwayName(e.pathway()), e.episodeId(), e.reason(), e.reasonText(), e.plannedEndDate(), true,
                config.service());
        for (Addressee to : EndRecipients.of(p.municipality(), p.gpHpr(), p.responsibleDepartment(),
                e.referralDepartment())) {
            outbox.write(EndMessages.decided(e.patientId(), to, end), e.bySubject(), e.byName());
        }
    }

    void onEnded(@Observes EpisodeEnded e) {
        PatientParties p = facts.parties(e.patientId());
        EndMessages.Facts end = new EndMessages.Facts(MessageFacts.patient(p), e.pathway(),
                facts.pathwayName(e.pathway()), e.episodeId(), e.reason(), e.reasonText(), e.endedOn(),
                e.wasAllocated(), config.service());
        for (Addressee to : EndRecipients.of(p.municipality(), p.gpHpr(), p.responsibleDepartment(),
                e.referralDepartment())) {
            outbox.write(EndMessages.ended(e.patientId(), to, end), e.bySubject(), e.byName());
        }
    }
}

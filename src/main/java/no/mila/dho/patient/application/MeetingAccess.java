package no.mila.dho.patient.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import no.mila.dho.patient.domain.AccessPolicy;
import no.mila.dho.patient.domain.MeetingListing;
import no.mila.dho.outbox.domain.SharingParty;
import no.mila.dho.patient.persistence.ConsentRows;
import no.mila.dho.patient.persistence.MeetingAccessEntity;
import no.mila.dho.shared.time.ClockProducer;

/**
 * What the weekly specialist meeting tells the patient feature (the worklist calls it, in its own transaction): a
 * patient brought up for a department's meeting becomes visible to that department's specialists, until the
 * meeting's outcome is recorded (or {@link MeetingListing#LONGEST} has passed). The rule itself is
 * {@link AccessPolicy}'s; this only keeps the bring-ups it reads.
 */
@ApplicationScoped
public class MeetingAccess {

    private final ConsentRows consent;

    public MeetingAccess(ConsentRows consent) {
        this.consent = consent;
    }

    /**
     * The patient was brought up for {@code department}'s meeting as item {@code meetingItemId}. The department's
     * specialists see the patient only while the patient's consent allows sharing with the hospital: without it the
     * patient stays on the list for the follow-up service and their own physicians, and nothing is opened.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void opened(UUID meetingItemId, UUID patientId, String department, Instant at) {
        if (!consent.of(patientId, ClockProducer.OSLO).allows(SharingParty.HOSPITAL, at, ClockProducer.OSLO)) {
            return;
        }
        MeetingAccessEntity access = new MeetingAccessEntity();
        access.meetingItemId = meetingItemId;
        access.patientId = patientId;
        access.department = department;
        access.openedAt = at;
        access.persist();
    }

    /** The meeting recorded its outcome for item {@code meetingItemId}: the department's specialists lose sight. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void closed(UUID meetingItemId, Instant at) {
        MeetingAccessEntity.update("closedAt = ?1 where meetingItemId = ?2 and closedAt is null", at, meetingItemId);
    }

    /** Sharing with the hospital was withdrawn: every open bring-up of the patient closes at once. */
    @Transactional(Transactional.TxType.MANDATORY)
    void hospitalSharingWithdrawn(UUID patientId, Instant at) {
        MeetingAccessEntity.update("closedAt = ?1 where patientId = ?2 and closedAt is null", at, patientId);
    }
}

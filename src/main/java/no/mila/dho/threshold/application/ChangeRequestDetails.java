package no.mila.dho.threshold.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.mila.dho.measurement.domain.ThresholdSet;
import no.mila.dho.threshold.domain.ChangeStatus;
import no.mila.dho.threshold.domain.ThresholdDiff;
import no.mila.dho.threshold.persistence.ThresholdChangeRequestEntity;
import no.mila.dho.threshold.persistence.ThresholdChangeStepEntity;

/**
 * A change request with its trail, the proposed limits, the version it was proposed against, what it changes
 * from that version, and the version it put in force (when verified).
 */
public record ChangeRequestDetails(Request request, String patientName, ThresholdSet proposed, int baseVersion,
                                   List<ThresholdDiff.Change> changes, List<Step> trail, Integer resultingVersion) {

    /** The request: its status and optimistic-locking version, and who took each step, when. */
    public record Request(UUID id, UUID patientId, ChangeStatus status, long version, String reason,
                          String proposedBy, Instant proposedAt, String orderedBy, Instant orderedAt,
                          String verifiedBy, Instant verifiedAt, String closedBy, Instant closedAt,
                          String closeReason) {

        static Request of(ThresholdChangeRequestEntity r) {
            return new Request(r.id, r.patientId, r.status, r.version, r.reason, r.proposedBySubject, r.proposedAt,
                    r.orderedBySubject, r.orderedAt, r.verifiedBySubject, r.verifiedAt, r.closedBySubject, r.closedAt,
                    r.closeReason);
        }
    }

    /** One step of the trail: who (subject, name, role, HPR), when, and their note or reason. */
    public record Step(ChangeStatus step, Instant at, String actorSubject, String actorName, String actorRole,
                       String actorHpr, String note) {

        static Step of(ThresholdChangeStepEntity s) {
            return new Step(s.step, s.at, s.actorSubject, s.actorName, s.actorRole, s.actorHpr, s.note);
        }
    }
}

package no.mila.dho.threshold.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import no.mila.dho.measurement.domain.ThresholdSet;
import no.mila.dho.threshold.domain.ChangeStatus;
import no.mila.dho.threshold.persistence.ThresholdChangeLimitEntity;
import no.mila.dho.threshold.persistence.ThresholdChangeRequestEntity;
import no.mila.dho.threshold.persistence.ThresholdChangeStepEntity;
import no.mila.dho.threshold.persistence.ThresholdSetEntity;
import no.mila.dho.threshold.persistence.WeightTrendColumns;

/**
 * Records the steps of a threshold change: the request's state and its trail, and on verification the new
 * version in force. It checks nothing: {@link ThresholdChangeService} decides whether a step may be taken (the
 * demo data takes the steps of its made-up people through here as well).
 */
@ApplicationScoped
public class ThresholdChangeSteps {

    /** Who takes a step, as the trail records them. */
    public record Signer(String subject, String name, String role, String hpr) {
    }

    private final ThresholdService thresholds;
    private final ThresholdVersionStore versions;

    public ThresholdChangeSteps(ThresholdService thresholds, ThresholdVersionStore versions) {
        this.thresholds = thresholds;
        this.versions = versions;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ThresholdChangeRequestEntity proposed(UUID patientId, UUID episodeId, ThresholdSetEntity base, String reason,
                                                 ThresholdSet proposed, Signer by, Instant at) {
        versions.requireUsable(base.pathway, proposed, "The proposed limits are not usable");
        ThresholdChangeRequestEntity request = new ThresholdChangeRequestEntity();
        request.id = UUID.randomUUID();
        request.patientId = patientId;
        request.episodeId = episodeId;
        request.baseSetId = base.id;
        request.status = ChangeStatus.PROPOSED;
        request.reason = reason;
        request.weightTrend = WeightTrendColumns.of(proposed.weightTrend());
        request.notMeasured.putAll(proposed.notMeasured());
        request.proposedBySubject = by.subject();
        request.proposedAt = at;
        request.persist();
        proposed.limits().forEach((type, l) -> ThresholdChangeLimitEntity.of(request.id, type, l).persist());
        append(request, ChangeStatus.PROPOSED, by, at, reason);
        return request;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void ordered(ThresholdChangeRequestEntity request, Signer by, Instant at, String note) {
        request.status = ChangeStatus.ORDERED;
        request.orderedBySubject = by.subject();
        request.orderedAt = at;
        append(request, ChangeStatus.ORDERED, by, at, note);
    }

    /** The verification: the new version comes into force; returns it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ThresholdSetEntity verified(ThresholdChangeRequestEntity request, Signer by, Instant at, String note) {
        // claim the verification first: a concurrent step on the same request fails here (optimistic lock)
        request.verifiedBySubject = by.subject();
        request.verifiedAt = at;
        request.flush();
        ThresholdSetEntity next = thresholds.putInForce(request.patientId, request.baseSetId, request.proposed(),
                request.id, by.subject());
        request.status = ChangeStatus.VERIFIED;
        request.resultingSetId = next.id;
        append(request, ChangeStatus.VERIFIED, by, at, note);
        request.flush();
        return next;
    }

    /** Rejected or withdrawn, with the reason. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void closed(ThresholdChangeRequestEntity request, ChangeStatus status, Signer by, Instant at, String reason) {
        request.status = status;
        request.closedBySubject = by.subject();
        request.closedAt = at;
        request.closeReason = reason;
        append(request, status, by, at, reason);
    }

    private static void append(ThresholdChangeRequestEntity request, ChangeStatus step, Signer by, Instant at,
                               String note) {
        ThresholdChangeStepEntity.append(request.id, step, at, by.subject(), by.name(), by.role(), by.hpr(), note);
    }
}

package no.mila.dho.threshold.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.mila.dho.measurement.domain.ThresholdSet;
import no.mila.dho.threshold.persistence.ThresholdSetEntity;

/**
 * One stored version of a threshold set: a pathway's default ({@code patientId} null) or a version of a patient's
 * thresholds, with its review (provisional: example values awaiting the clinical lead's review) and its limits.
 */
public record StoredThresholdSet(UUID id, String pathway, UUID patientId, int versionNo, String status,
                                 boolean provisional, String reviewedBy, LocalDate reviewedOn, Instant createdAt,
                                 String createdBy, ThresholdSet thresholds) {

    public static StoredThresholdSet of(ThresholdSetEntity s) {
        return new StoredThresholdSet(s.id, s.pathway, s.patientId, s.versionNo, s.status, s.review.provisional,
                s.review.reviewedBy, s.review.reviewedOn, s.createdAt, s.createdBy, s.toDomain());
    }
}

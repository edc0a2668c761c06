package no.mila.dho.threshold.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.threshold.application.StoredThresholdSet;

/** A threshold set: provisional = example values still awaiting the clinical lead's review. */
public record ThresholdSetView(UUID id, String pathway, UUID patientId, int version, boolean provisional,
                               String provisionalNote, Map<MeasurementType, LimitsView> limits, TrendView weightTrend,
                               Map<MeasurementType, String> notMeasured, String reviewedBy, LocalDate reviewedOn,
                               Instant createdAt, String createdBy) {

    static ThresholdSetView of(StoredThresholdSet s) {
        return new ThresholdSetView(s.id(), s.pathway(), s.patientId(), s.versionNo(), s.provisional(),
                s.provisional() ? "Provisional example values awaiting the clinical lead's review" : null,
                LimitsView.of(s.thresholds().limits()), TrendView.of(s.thresholds()),
                Map.copyOf(s.thresholds().notMeasured()), s.reviewedBy(), s.reviewedOn(), s.createdAt(), s.createdBy());
    }
}

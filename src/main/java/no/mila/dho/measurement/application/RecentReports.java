package no.mila.dho.measurement.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.measurement.domain.ReportInput;
import no.mila.dho.measurement.domain.Zone;

/**
 * A patient's recent reports with their content, for a feature that reads them again without knowing the
 * measurement feature's tables (the threshold feature's dry run of a proposed version). Read only; values marked
 * invalid are left out, as they are of the evaluation and the trend rule.
 */
public interface RecentReports {

    /**
     * One evaluated report: when it was measured, the zone it got, the threshold version it was evaluated against,
     * its valid values and its symptom answers (question code to option code).
     */
    record RecentReport(UUID reportId, Instant measuredAt, Zone zone, UUID thresholdSetId,
                        Map<MeasurementType, BigDecimal> values, Map<String, String> answers) {
    }

    /** The patient's evaluated reports measured at or after {@code from}, newest first (ties by report id). */
    List<RecentReport> measuredSince(UUID patientId, Instant from);

    /** The patient's valid body weights measured at or after {@code from} (for the weight trend rule). */
    List<ReportInput.WeightPoint> weightsSince(UUID patientId, Instant from);
}

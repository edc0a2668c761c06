package no.mila.dho.measurement.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the evaluator looks at: the values of one report, the symptom answers (question code → option code),
 * and the patient's valid weights measured shortly before (for the trend rule).
 */
public record ReportInput(Instant measuredAt, Map<MeasurementType, BigDecimal> values, Map<String, String> answers,
                          List<WeightPoint> recentWeights) {

    /** An earlier valid weight. */
    public record WeightPoint(Instant measuredAt, BigDecimal kg) {
    }
}

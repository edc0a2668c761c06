package no.mila.dho.measurement.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.mila.dho.measurement.domain.MeasurementType.Side;

/**
 * Whether a value can be judged against its limits at all: a red limit on each of its type's dangerous sides
 * (body weight: the weight trend rule, or a red limit of its own). The evaluation's half of the threshold rules:
 * {@link Evaluator} answers a value that cannot be judged as not evaluable, never green; the threshold feature's
 * {@code ThresholdRules} refuses to store a version whose measured types could not be judged.
 */
public final class RedLimits {

    private RedLimits() {
    }

    /** The red limits ("redLow", "redHigh") that {@code limits} lacks on the dangerous sides of {@code type}. */
    public static List<String> missing(MeasurementType type, Limits limits) {
        List<String> missing = new ArrayList<>();
        if (type.dangerousSides().contains(Side.LOW) && limits.redLow() == null) {
            missing.add("redLow");
        }
        if (type.dangerousSides().contains(Side.HIGH) && limits.redHigh() == null) {
            missing.add("redHigh");
        }
        return missing;
    }

    /**
     * Whether a value of {@code type} can be judged against these limits at all: a red limit on every dangerous
     * side (body weight: a weight trend rule, or a red limit of its own). A value that cannot be judged is never
     * green (see {@link Evaluator}).
     */
    public static boolean evaluable(MeasurementType type, Limits limits, Optional<WeightTrendRule> weightTrend) {
        if (type == MeasurementType.BODY_WEIGHT) {
            return weightTrend.isPresent() || limits.redLow() != null || limits.redHigh() != null;
        }
        return missing(type, limits).isEmpty();
    }
}

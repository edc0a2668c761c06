package no.mila.dho.measurement.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A patient's (or a pathway's default) limits for every measurement type, the optional weight trend rule, and the
 * measured types stated on purpose as no longer measured, each with its reason.
 */
public record ThresholdSet(Map<MeasurementType, Limits> limits, Optional<WeightTrendRule> weightTrend,
                           Map<MeasurementType, String> notMeasured) {

    public ThresholdSet {
        limits = copy(limits);
        notMeasured = copy(notMeasured);
    }

    /** A set with no not-measured statements. */
    public ThresholdSet(Map<MeasurementType, Limits> limits, Optional<WeightTrendRule> weightTrend) {
        this(limits, weightTrend, Map.of());
    }

    public Limits limitsOf(MeasurementType type) {
        return limits.getOrDefault(type, Limits.NONE);
    }

    private static <V> Map<MeasurementType, V> copy(Map<MeasurementType, V> map) {
        EnumMap<MeasurementType, V> copy = new EnumMap<>(MeasurementType.class);
        copy.putAll(map);
        return Collections.unmodifiableMap(copy);
    }
}

package no.mila.dho.measurement.domain;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** A patient's (or a pathway's default) limits for every measurement type, and the optional weight trend rule. */
public record ThresholdSet(Map<MeasurementType, Limits> limits, Optional<WeightTrendRule> weightTrend) {

    public ThresholdSet {
        EnumMap<MeasurementType, Limits> copy = new EnumMap<>(MeasurementType.class);
        copy.putAll(limits);
        limits = java.util.Collections.unmodifiableMap(copy);
    }

    public Limits limitsOf(MeasurementType type) {
        return limits.getOrDefault(type, Limits.NONE);
    }
}

package no.mila.dho.measurement.domain;

import java.util.Map;
import java.util.Optional;

/** The provisional default sets of the issue, as the tests expect them (the migration ships the same). */
public final class Defaults {

    public static final ThresholdSet COPD = new ThresholdSet(Map.of(
            MeasurementType.SPO2, Limits.of(88, 92, null, null),
            MeasurementType.PULSE, Limits.of(40, 50, 100, 120),
            MeasurementType.BODY_TEMPERATURE, Limits.of(35.0, 35.5, 38.0, 39.0),
            MeasurementType.SYSTOLIC, Limits.of(90, 100, 160, 180),
            MeasurementType.DIASTOLIC, Limits.of(40, 50, 100, 110)), Optional.empty());

    public static final ThresholdSet HEART_FAILURE = new ThresholdSet(Map.of(
            MeasurementType.SYSTOLIC, Limits.of(90, 100, 160, 180),
            MeasurementType.PULSE, Limits.of(40, 50, 100, 120),
            MeasurementType.SPO2, Limits.of(90, 94, null, null),
            MeasurementType.DIASTOLIC, Limits.of(40, 50, 100, 110)), Optional.of(WeightTrendRule.standard()));

    /** What each pathway measures (migration V7). */
    public static final java.util.Set<MeasurementType> COPD_MEASURES = java.util.EnumSet.of(MeasurementType.SPO2,
            MeasurementType.PULSE, MeasurementType.SYSTOLIC, MeasurementType.DIASTOLIC, MeasurementType.BODY_TEMPERATURE);
    public static final java.util.Set<MeasurementType> HEART_FAILURE_MEASURES = java.util.EnumSet.of(MeasurementType.SPO2,
            MeasurementType.PULSE, MeasurementType.SYSTOLIC, MeasurementType.DIASTOLIC, MeasurementType.BODY_WEIGHT);

    private Defaults() {
    }

    /** {@code set} with the limits of {@code type} replaced. */
    public static ThresholdSet with(ThresholdSet set, MeasurementType type, Limits limits) {
        Map<MeasurementType, Limits> copy = new java.util.EnumMap<>(set.limits());
        copy.put(type, limits);
        return new ThresholdSet(copy, set.weightTrend(), set.notMeasured());
    }
}

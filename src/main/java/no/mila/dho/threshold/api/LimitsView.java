package no.mila.dho.threshold.api;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import no.mila.dho.measurement.domain.Limits;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.measurement.domain.ThresholdSet;

/** The limits of one type. */
public record LimitsView(BigDecimal redLow, BigDecimal yellowLow, BigDecimal yellowHigh, BigDecimal redHigh) {

    public static LimitsView of(Limits l) {
        return new LimitsView(l.redLow(), l.yellowLow(), l.yellowHigh(), l.redHigh());
    }

    public Limits toDomain() {
        return new Limits(redLow, yellowLow, yellowHigh, redHigh);
    }

    /**
     * A version as sent: limits by type (a type sent as {@code {}} has no limits), the trend rule (400 naming
     * {@code weightTrend} when its values make none) and the types stated as no longer measured.
     */
    public static ThresholdSet toDomain(Map<MeasurementType, LimitsView> limits, TrendView trend,
                                        Map<MeasurementType, String> notMeasured) {
        Map<MeasurementType, Limits> byType = new EnumMap<>(MeasurementType.class);
        limits.forEach((type, l) -> byType.put(type, l == null ? Limits.NONE : l.toDomain()));
        return new ThresholdSet(byType, TrendView.toDomain(trend), notMeasured == null ? Map.of() : notMeasured);
    }

    public static Map<MeasurementType, LimitsView> of(Map<MeasurementType, Limits> limits) {
        Map<MeasurementType, LimitsView> views = new EnumMap<>(MeasurementType.class);
        limits.forEach((type, l) -> views.put(type, of(l)));
        return views;
    }
}

package no.mila.dho.threshold.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.mila.dho.measurement.domain.Limits;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.measurement.domain.ThresholdSet;

/** The four limit columns of one measurement type, as stored for a threshold version or a proposed change. */
@MappedSuperclass
public abstract class LimitColumns extends PanacheEntityBase {

    @Column(name = "red_low")
    public BigDecimal redLow;

    @Column(name = "yellow_low")
    public BigDecimal yellowLow;

    @Column(name = "yellow_high")
    public BigDecimal yellowHigh;

    @Column(name = "red_high")
    public BigDecimal redHigh;

    /** The measurement type these limits are for. */
    public abstract MeasurementType measurementType();

    public Limits toDomain() {
        return new Limits(redLow, yellowLow, yellowHigh, redHigh);
    }

    /**
     * A threshold version (stored or proposed) from its limits by type, its trend rule's columns and its
     * statements of types no longer measured.
     */
    public static ThresholdSet thresholdSet(List<? extends LimitColumns> limits, WeightTrendColumns trend,
                                            Map<MeasurementType, String> notMeasured) {
        Map<MeasurementType, Limits> byType = new EnumMap<>(MeasurementType.class);
        limits.forEach(l -> byType.put(l.measurementType(), l.toDomain()));
        return new ThresholdSet(byType, WeightTrendColumns.rule(trend), notMeasured == null ? Map.of() : notMeasured);
    }

    protected void set(Limits limits) {
        redLow = limits.redLow();
        yellowLow = limits.yellowLow();
        yellowHigh = limits.yellowHigh();
        redHigh = limits.redHigh();
    }
}

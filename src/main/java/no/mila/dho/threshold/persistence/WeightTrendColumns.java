package no.mila.dho.threshold.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Optional;
import no.mila.dho.measurement.domain.WeightTrendRule;

/** The weight trend rule's columns (all null: no trend rule). */
@Embeddable
public class WeightTrendColumns {

    @Column(name = "weight_trend_yellow_kg")
    public BigDecimal yellowGainKg;

    @Column(name = "weight_trend_red_kg")
    public BigDecimal redGainKg;

    @Column(name = "weight_trend_days")
    public Integer windowDays;

    /** The columns of {@code rule}; null (all columns null) when there is none. */
    public static WeightTrendColumns of(Optional<WeightTrendRule> rule) {
        return rule.map(r -> {
            WeightTrendColumns columns = new WeightTrendColumns();
            columns.yellowGainKg = r.yellowGainKg();
            columns.redGainKg = r.redGainKg();
            columns.windowDays = r.windowDays();
            return columns;
        }).orElse(null);
    }

    /** The rule of {@code columns} (null when Hibernate read all columns as null). */
    public static Optional<WeightTrendRule> rule(WeightTrendColumns columns) {
        return columns == null || columns.yellowGainKg == null ? Optional.empty()
                : Optional.of(new WeightTrendRule(columns.yellowGainKg, columns.redGainKg, columns.windowDays));
    }
}

package no.mila.dho.threshold.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import no.mila.dho.measurement.domain.Limits;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.measurement.domain.ThresholdSet;
import no.mila.dho.measurement.domain.WeightTrendRule;
import org.junit.jupiter.api.Test;

class ThresholdDiffTest {

    static final ThresholdSet BEFORE = new ThresholdSet(Map.of(
            MeasurementType.SPO2, Limits.of(88, 92, null, null),
            MeasurementType.PULSE, Limits.of(40, 50, 100, 120)), Optional.of(WeightTrendRule.standard()));

    @Test
    void the_same_version_has_no_changes_whatever_the_scale_of_the_numbers() {
        ThresholdSet same = new ThresholdSet(Map.of(
                MeasurementType.SPO2, new Limits(new BigDecimal("88.00"), new BigDecimal("92.0"), null, null),
                MeasurementType.PULSE, Limits.of(40, 50, 100, 120)), Optional.of(WeightTrendRule.standard()));
        assertThat(ThresholdDiff.between(BEFORE, same)).isEmpty();
    }

    @Test
    void changed_added_and_removed_limits_and_trend_are_listed_in_type_order() {
        ThresholdSet after = new ThresholdSet(Map.of(
                MeasurementType.SPO2, Limits.of(86, 90, null, null),
                MeasurementType.BODY_TEMPERATURE, Limits.of(null, null, 38.0, null)), Optional.empty());
        assertThat(ThresholdDiff.between(BEFORE, after)).extracting(ThresholdDiff.Change::field).containsExactly(
                "PULSE.redLow", "PULSE.yellowLow", "PULSE.yellowHigh", "PULSE.redHigh",
                "SPO2.redLow", "SPO2.yellowLow", "BODY_TEMPERATURE.yellowHigh",
                "weightTrend.yellowGainKg", "weightTrend.redGainKg", "weightTrend.windowDays");
        assertThat(ThresholdDiff.between(BEFORE, after)).filteredOn(c -> c.field().equals("SPO2.redLow"))
                .singleElement().satisfies(c -> {
                    assertThat(c.from()).isEqualByComparingTo("88");
                    assertThat(c.to()).isEqualByComparingTo("86");
                });
        assertThat(ThresholdDiff.between(BEFORE, after)).filteredOn(c -> c.field().equals("PULSE.redHigh"))
                .singleElement().satisfies(c -> assertThat(c.to()).isNull());
    }
}

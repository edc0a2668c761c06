package no.mila.dho.measurement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Which red limits a value needs to be judged at all (moved here from ThresholdRulesTest with the rule). */
class RedLimitsTest {

    @ParameterizedTest(name = "{0}: red low {1}, red high {2} -> missing {3}")
    @CsvSource({
            "SPO2, true, true, ''", "SPO2, true, false, ''", "SPO2, false, true, redLow", "SPO2, false, false, redLow",
            "SYSTOLIC, true, true, ''", "SYSTOLIC, true, false, redHigh", "SYSTOLIC, false, true, redLow",
            "SYSTOLIC, false, false, redLow+redHigh",
            "PULSE, true, true, ''", "PULSE, true, false, redHigh", "PULSE, false, true, redLow",
            "PULSE, false, false, redLow+redHigh",
            "DIASTOLIC, true, true, ''", "DIASTOLIC, true, false, redHigh", "DIASTOLIC, false, true, ''",
            "DIASTOLIC, false, false, redHigh",
            "BODY_TEMPERATURE, true, true, ''", "BODY_TEMPERATURE, true, false, redHigh",
            "BODY_TEMPERATURE, false, true, ''", "BODY_TEMPERATURE, false, false, redHigh",
            "BODY_WEIGHT, true, true, ''", "BODY_WEIGHT, false, false, ''"})
    void each_type_needs_a_red_limit_on_each_of_its_dangerous_sides(MeasurementType type, boolean redLow,
                                                                   boolean redHigh, String missing) {
        Limits limits = new Limits(redLow ? new BigDecimal("40") : null, new BigDecimal("50"), new BigDecimal("60"),
                redHigh ? new BigDecimal("70") : null);
        assertThat(String.join("+", RedLimits.missing(type, limits))).isEqualTo(missing);
    }

    @ParameterizedTest
    @EnumSource(MeasurementType.class)
    void no_limits_at_all_are_never_evaluable(MeasurementType type) {
        assertThat(RedLimits.evaluable(type, Limits.NONE, Optional.empty())).isFalse();
    }

    @Test
    void body_weight_is_evaluable_by_its_trend_rule_or_a_red_limit_of_its_own() {
        assertThat(RedLimits.evaluable(MeasurementType.BODY_WEIGHT, Limits.NONE, Optional.of(WeightTrendRule.standard())))
                .isTrue();
        assertThat(RedLimits.evaluable(MeasurementType.BODY_WEIGHT, Limits.of(null, null, null, 150), Optional.empty()))
                .isTrue();
        assertThat(RedLimits.evaluable(MeasurementType.BODY_WEIGHT, Limits.of(null, 60, 120, null), Optional.empty()))
                .isFalse();
    }
}

package no.mila.dho.measurement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** A value that the thresholds cannot judge (no red limit on a dangerous side) is never green. */
class NotEvaluableTest {

    private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");

    private static Evaluation evaluate(ThresholdSet set, MeasurementType type, Object value) {
        return Evaluator.evaluate(new ReportInput(NOW, Map.of(type, new BigDecimal(value.toString())), Map.of(), List.of()),
                set, List.of());
    }

    @Test
    void spo2_75_against_limits_that_are_all_null_is_not_evaluable_and_yellow_never_green() {
        Evaluation e = evaluate(Defaults.with(Defaults.COPD, MeasurementType.SPO2, Limits.NONE),
                MeasurementType.SPO2, 75);
        assertThat(e.zone()).isEqualTo(Zone.YELLOW);
        assertThat(e.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Finding.Kind.NOT_EVALUABLE);
            assertThat(f.reasonNb()).contains("kan ikke vurderes mot terskelverdiene");
        });
    }

    @Test
    void spo2_75_against_every_shipped_default_set_is_red() {
        assertThat(evaluate(Defaults.COPD, MeasurementType.SPO2, 75).zone()).isEqualTo(Zone.RED);
        assertThat(evaluate(Defaults.HEART_FAILURE, MeasurementType.SPO2, 75).zone()).isEqualTo(Zone.RED);
    }

    @Test
    void a_value_beyond_the_red_limit_that_is_present_stays_red_though_the_other_side_is_missing() {
        ThresholdSet onlyLow = Defaults.with(Defaults.COPD, MeasurementType.PULSE, Limits.of(40, 50, 100, null));
        assertThat(evaluate(onlyLow, MeasurementType.PULSE, 35).zone()).isEqualTo(Zone.RED);
        assertThat(evaluate(onlyLow, MeasurementType.PULSE, 70).findings().get(0).kind())
                .isEqualTo(Finding.Kind.NOT_EVALUABLE);
    }

    @Test
    void a_weight_of_a_pathway_without_weight_limits_or_trend_is_not_evaluable() {
        assertThat(evaluate(Defaults.COPD, MeasurementType.BODY_WEIGHT, 80).findings().get(0).kind())
                .isEqualTo(Finding.Kind.NOT_EVALUABLE);
        assertThat(evaluate(Defaults.HEART_FAILURE, MeasurementType.BODY_WEIGHT, 80).zone()).isEqualTo(Zone.GREEN);
    }

    @Property(tries = 2000)
    void a_value_is_green_only_when_its_type_has_a_red_limit_on_every_dangerous_side(
            @ForAll("limits") Limits limits, @ForAll MeasurementType type,
            @ForAll("values") BigDecimal value, @ForAll boolean trend) {
        Map<MeasurementType, Limits> byType = new java.util.EnumMap<>(MeasurementType.class);
        byType.put(type, limits);
        ThresholdSet set = new ThresholdSet(byType, trend ? Optional.of(WeightTrendRule.standard()) : Optional.empty());
        Evaluation e = evaluate(set, type, value);
        if (e.zone() == Zone.GREEN) {
            assertThat(RedLimits.evaluable(type, limits, set.weightTrend())).isTrue();
        }
        if (limits.classify(value).zone() == Zone.RED) {
            assertThat(e.zone()).isEqualTo(Zone.RED);
        }
    }

    @Provide
    Arbitrary<Limits> limits() {
        Arbitrary<BigDecimal> limit = Arbitraries.integers().between(30, 200).map(BigDecimal::valueOf).injectNull(0.4);
        return Combinators.combine(limit, limit, limit, limit).as(Limits::new);
    }

    @Provide
    Arbitrary<BigDecimal> values() {
        return Arbitraries.integers().between(20, 300).map(BigDecimal::valueOf);
    }
}

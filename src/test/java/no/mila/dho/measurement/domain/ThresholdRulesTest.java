package no.mila.dho.measurement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ThresholdRulesTest {

    private static final Limits FULL = Limits.of(40, 50, 100, 120);

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
        assertThat(String.join("+", ThresholdRules.missingRedLimits(type, limits))).isEqualTo(missing);
    }

    @ParameterizedTest
    @EnumSource(MeasurementType.class)
    void no_limits_at_all_are_never_evaluable(MeasurementType type) {
        assertThat(ThresholdRules.evaluable(type, Limits.NONE, Optional.empty())).isFalse();
    }

    @Test
    void body_weight_is_evaluable_by_its_trend_rule_or_a_red_limit_of_its_own() {
        assertThat(ThresholdRules.evaluable(MeasurementType.BODY_WEIGHT, Limits.NONE, Optional.of(WeightTrendRule.standard())))
                .isTrue();
        assertThat(ThresholdRules.evaluable(MeasurementType.BODY_WEIGHT, Limits.of(null, null, null, 150), Optional.empty()))
                .isTrue();
        assertThat(ThresholdRules.evaluable(MeasurementType.BODY_WEIGHT, Limits.of(null, 60, 120, null), Optional.empty()))
                .isFalse();
    }

    @Test
    void the_shipped_default_sets_keep_every_red_limit_of_what_their_pathway_measures() {
        assertThat(ThresholdRules.versionProblems(Defaults.COPD_MEASURES, Defaults.COPD)).isEmpty();
        assertThat(ThresholdRules.versionProblems(Defaults.HEART_FAILURE_MEASURES, Defaults.HEART_FAILURE)).isEmpty();
    }

    @Test
    void a_version_whose_spo2_limits_are_all_null_is_refused_naming_spo2() {
        ThresholdSet set = with(Defaults.COPD, MeasurementType.SPO2, Limits.NONE);
        assertThat(ThresholdRules.versionProblems(Defaults.COPD_MEASURES, set))
                .extracting(ThresholdRules.Violation::field).containsExactly("limits.SPO2");
    }

    @Test
    void a_version_with_only_pulse_names_every_other_measured_type() {
        ThresholdSet set = new ThresholdSet(Map.of(MeasurementType.PULSE, FULL), Optional.empty());
        assertThat(ThresholdRules.versionProblems(Defaults.COPD_MEASURES, set))
                .extracting(ThresholdRules.Violation::field)
                .containsExactlyInAnyOrder("limits.SPO2", "limits.SYSTOLIC", "limits.DIASTOLIC", "limits.BODY_TEMPERATURE");
    }

    @Test
    void heart_failure_without_its_weight_trend_is_refused_naming_the_trend() {
        ThresholdSet set = new ThresholdSet(Defaults.HEART_FAILURE.limits(), Optional.empty());
        assertThat(ThresholdRules.versionProblems(Defaults.HEART_FAILURE_MEASURES, set))
                .extracting(ThresholdRules.Violation::field).containsExactly("weightTrend");
    }

    @Test
    void a_measured_type_may_leave_only_by_a_statement_with_a_reason() {
        Map<MeasurementType, Limits> limits = new java.util.EnumMap<>(Defaults.COPD.limits());
        limits.remove(MeasurementType.BODY_TEMPERATURE);
        ThresholdSet stated = new ThresholdSet(limits, Optional.empty(),
                Map.of(MeasurementType.BODY_TEMPERATURE, "Har ikke termometer; avtalt med fastlegen"));
        assertThat(ThresholdRules.versionProblems(Defaults.COPD_MEASURES, stated)).isEmpty();

        ThresholdSet blank = new ThresholdSet(limits, Optional.empty(), Map.of(MeasurementType.BODY_TEMPERATURE, " "));
        assertThat(ThresholdRules.versionProblems(Defaults.COPD_MEASURES, blank))
                .extracting(ThresholdRules.Violation::field).containsExactly("notMeasured.BODY_TEMPERATURE");
    }

    @Test
    void a_statement_that_contradicts_limits_sent_for_the_same_type_is_refused() {
        ThresholdSet set = new ThresholdSet(Defaults.COPD.limits(), Optional.empty(), Map.of(MeasurementType.SPO2, "x"));
        assertThat(ThresholdRules.versionProblems(Defaults.COPD_MEASURES, set))
                .extracting(ThresholdRules.Violation::field).containsExactly("notMeasured.SPO2");
        ThresholdSet trend = new ThresholdSet(Defaults.HEART_FAILURE.limits(), Defaults.HEART_FAILURE.weightTrend(),
                Map.of(MeasurementType.BODY_WEIGHT, "x"));
        assertThat(ThresholdRules.versionProblems(Defaults.HEART_FAILURE_MEASURES, trend))
                .extracting(ThresholdRules.Violation::field).containsExactly("notMeasured.BODY_WEIGHT");
    }

    @Test
    void limits_out_of_order_or_outside_the_possible_range_are_refused_as_before() {
        ThresholdSet set = with(Defaults.COPD, MeasurementType.SPO2, Limits.of(92, 88, null, 101));
        List<ThresholdRules.Violation> problems = ThresholdRules.versionProblems(Defaults.COPD_MEASURES, set);
        assertThat(problems).extracting(ThresholdRules.Violation::message)
                .contains("redLow must be below yellowLow", "limit 101 is outside 30-100 %");
    }

    @Test
    void a_type_the_pathway_does_not_measure_may_have_no_limits() {
        assertThat(ThresholdRules.versionProblems(EnumSet.of(MeasurementType.SPO2),
                new ThresholdSet(Map.of(MeasurementType.SPO2, Limits.of(88, null, null, null)), Optional.empty()))).isEmpty();
    }

    @Property(tries = 1000)
    void a_version_without_problems_makes_every_measured_type_evaluable(@ForAll("versions") ThresholdSet set,
                                                                       @ForAll("measured") Set<MeasurementType> measured) {
        if (ThresholdRules.versionProblems(measured, set).isEmpty()) {
            for (MeasurementType type : measured) {
                assertThat(set.notMeasured().containsKey(type)
                        || ThresholdRules.evaluable(type, set.limitsOf(type), set.weightTrend())).isTrue();
            }
        }
    }

    @Provide
    Arbitrary<Set<MeasurementType>> measured() {
        return Arbitraries.of(MeasurementType.class).set();
    }

    @Provide
    Arbitrary<ThresholdSet> versions() {
        Arbitrary<BigDecimal> limit = Arbitraries.integers().between(30, 100).map(BigDecimal::valueOf).injectNull(0.4);
        Arbitrary<Limits> limits = Combinators.combine(limit, limit, limit, limit).as(Limits::new);
        Arbitrary<Map<MeasurementType, Limits>> byType = Arbitraries.maps(Arbitraries.of(MeasurementType.class), limits);
        Arbitrary<Optional<WeightTrendRule>> trend = Arbitraries.of(Optional.empty(), Optional.of(WeightTrendRule.standard()));
        Arbitrary<Map<MeasurementType, String>> notMeasured = Arbitraries.maps(Arbitraries.of(MeasurementType.class),
                Arbitraries.of("", "Måles ikke lenger")).ofMaxSize(2);
        return Combinators.combine(byType, trend, notMeasured).as(ThresholdSet::new);
    }

    static ThresholdSet with(ThresholdSet set, MeasurementType type, Limits limits) {
        Map<MeasurementType, Limits> copy = new java.util.EnumMap<>(set.limits());
        copy.put(type, limits);
        return new ThresholdSet(copy, set.weightTrend(), set.notMeasured());
    }
}

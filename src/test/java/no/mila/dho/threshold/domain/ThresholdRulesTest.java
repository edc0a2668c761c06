package no.mila.dho.threshold.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.mila.dho.measurement.domain.Defaults;
import no.mila.dho.measurement.domain.Limits;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.measurement.domain.RedLimits;
import no.mila.dho.measurement.domain.ThresholdSet;
import no.mila.dho.measurement.domain.WeightTrendRule;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The one rule for storing a threshold version: usable limits, and red limits for what the pathway measures. */
class ThresholdRulesTest {

    private static final Limits FULL = Limits.of(40, 50, 100, 120);

    @Test
    void the_shipped_default_sets_keep_every_red_limit_of_what_their_pathway_measures() {
        assertThat(ThresholdRules.versionProblems(Defaults.COPD_MEASURES, Defaults.COPD)).isEmpty();
        assertThat(ThresholdRules.versionProblems(Defaults.HEART_FAILURE_MEASURES, Defaults.HEART_FAILURE)).isEmpty();
    }

    @Test
    void a_version_whose_spo2_limits_are_all_null_is_refused_naming_spo2() {
        ThresholdSet set = Defaults.with(Defaults.COPD, MeasurementType.SPO2, Limits.NONE);
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
        ThresholdSet set = Defaults.with(Defaults.COPD, MeasurementType.SPO2, Limits.of(92, 88, null, 101));
        List<ThresholdRules.Violation> problems = ThresholdRules.versionProblems(Defaults.COPD_MEASURES, set);
        assertThat(problems).extracting(ThresholdRules.Violation::message)
                .contains("redLow must be below yellowLow", "limit 101 is outside 30-100 %");
    }

    @Test
    void a_type_the_pathway_does_not_measure_may_have_no_limits() {
        assertThat(ThresholdRules.versionProblems(EnumSet.of(MeasurementType.SPO2),
                new ThresholdSet(Map.of(MeasurementType.SPO2, Limits.of(88, null, null, null)), Optional.empty()))).isEmpty();
    }

    @Test
    void a_proposal_that_names_every_type_and_the_trend_of_the_version_in_force_omits_nothing() {
        assertThat(ThresholdRules.omissions(Defaults.HEART_FAILURE, Defaults.HEART_FAILURE)).isEmpty();
        ThresholdSet removedOnPurpose = Defaults.with(Defaults.COPD, MeasurementType.BODY_TEMPERATURE, Limits.NONE);
        assertThat(ThresholdRules.omissions(Defaults.COPD, removedOnPurpose)).isEmpty();
    }

    @Test
    void a_type_or_trend_left_out_of_a_proposal_is_named_unless_stated_as_no_longer_measured() {
        Map<MeasurementType, Limits> limits = new java.util.EnumMap<>(Defaults.HEART_FAILURE.limits());
        limits.remove(MeasurementType.PULSE);
        ThresholdSet leftOut = new ThresholdSet(limits, Optional.empty());
        assertThat(ThresholdRules.omissions(Defaults.HEART_FAILURE, leftOut)).extracting(ThresholdRules.Violation::field)
                .containsExactly("limits.PULSE", "weightTrend");
        ThresholdSet stated = new ThresholdSet(limits, Optional.empty(),
                Map.of(MeasurementType.PULSE, "Måles ikke lenger", MeasurementType.BODY_WEIGHT, "Har ikke vekt"));
        assertThat(ThresholdRules.omissions(Defaults.HEART_FAILURE, stated)).isEmpty();
    }

    @Property(tries = 1000)
    void a_version_without_problems_makes_every_measured_type_evaluable(@ForAll("versions") ThresholdSet set,
                                                                       @ForAll("measured") Set<MeasurementType> measured) {
        if (ThresholdRules.versionProblems(measured, set).isEmpty()) {
            for (MeasurementType type : measured) {
                assertThat(set.notMeasured().containsKey(type)
                        || RedLimits.evaluable(type, set.limitsOf(type), set.weightTrend())).isTrue();
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
}

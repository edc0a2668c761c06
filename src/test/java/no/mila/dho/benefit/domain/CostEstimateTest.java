package no.mila.dho.benefit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import no.mila.dho.shared.money.Nok;
import org.junit.jupiter.api.Test;

/** The cost estimate, first as the seed's own table (seed 003, "Tabell 1. Kostnadsestimat"), every figure of it. */
class CostEstimateTest {

    static final CostParameters SEED = new CostParameters(2024, Nok.of(12_240), Nok.of(4_392), Nok.of(1_416),
            Nok.of(1_314), 48, new BigDecimal("5.2"));

    @Test
    void reproduces_every_figure_of_the_seeds_table_for_213_patients() {
        CostEstimate e = CostEstimate.of(SEED, 213, new BigDecimal("5.2"));

        assertFigure(e.followUpService(), 12_240, 1_020);
        assertFigure(e.licence(), 4_392, 366);
        assertFigure(e.equipment(), 1_416, 118);
        assertFigure(e.withDhoPerPatient(), 18_048, 1_504);
        assertFigure(e.withDhoTotal(), 3_844_224, 320_352);
        assertFigure(e.withoutDhoPerPatient(), 327_974, 27_331);
        assertFigure(e.withoutDhoTotal(), 69_858_462, 5_821_538);
        assertFigure(e.savingPerPatient(), 309_926, 25_827);
        assertFigure(e.savingTotal(), 66_014_238, 5_501_186);
        assertThat(e.patients()).isEqualTo(213);
        assertThat(e.hoursPerWeek()).isEqualByComparingTo("5.20");
    }

    @Test
    void the_seeds_327974_is_5_2_hours_a_week_at_1314_over_48_weeks_rounded_half_up_to_whole_kroner() {
        // 5.2 x 1,314 x 48 = 327,974.40: whole kroner first, then times the patients
        assertThat(new BigDecimal("5.2").multiply(BigDecimal.valueOf(1314)).multiply(BigDecimal.valueOf(48)))
                .isEqualByComparingTo("327974.40");
        CostEstimate e = CostEstimate.of(SEED, 213, new BigDecimal("5.2"));
        assertThat(e.withoutDhoTotal().perYear()).isEqualTo(Nok.of(327_974).times(213));
        // multiplying the exact figure instead would give 69,858,547.20, which is not the seed's
        assertThat(e.withoutDhoTotal().perYear()).isNotEqualTo(Nok.of("327974.40").times(213));
    }

    @Test
    void monthly_figures_are_the_yearly_ones_divided_by_12_and_rounded_down() {
        // 69,858,462 / 12 = 5,821,538.50: rounding half up would give 5,821,539, the seed shows 5,821,538
        assertThat(CostEstimate.Figure.ofYear(Nok.of(69_858_462)).perMonth()).isEqualTo(Nok.of(5_821_538));
        assertThat(CostEstimate.Figure.ofYear(Nok.of(66_014_238)).perMonth()).isEqualTo(Nok.of(5_501_186));
        assertThat(CostEstimate.Figure.ofYear(Nok.of(23)).perMonth()).isEqualTo(Nok.of(1));
        assertThat(CostEstimate.Figure.ofYear(Nok.of(-23)).perMonth()).isEqualTo(Nok.of(-1));
    }

    @Test
    void half_a_krone_is_rounded_up_once_for_the_cost_per_patient() {
        // 0.5 h x 1 NOK x 1 week = 0.50 NOK -> 1 NOK; 0.49 -> 0
        CostParameters oneKrone = new CostParameters(2024, Nok.ZERO, Nok.ZERO, Nok.ZERO, Nok.of(1), 1, BigDecimal.ONE);
        assertThat(CostEstimate.of(oneKrone, 1, new BigDecimal("0.5")).withoutDhoPerPatient().perYear())
                .isEqualTo(Nok.of(1));
        assertThat(CostEstimate.of(oneKrone, 1, new BigDecimal("0.49")).withoutDhoPerPatient().perYear())
                .isEqualTo(Nok.ZERO);
    }

    @Test
    void from_the_baseline_the_average_minutes_per_month_are_the_home_nursing_without_dho() {
        // two patients of 240 and 480 minutes a month: 360 min = 6 h a month, 72 h a year at 1,314 = 94,608
        CostEstimate e = CostEstimate.fromBaseline(SEED, 3, 720, 2);
        assertFigure(e.withoutDhoPerPatient(), 94_608, 7_884);
        assertThat(e.hoursPerWeek()).isEqualByComparingTo("1.50"); // 72 h / 48 weeks
        assertFigure(e.withoutDhoTotal(), 283_824, 23_652);
        assertFigure(e.withDhoTotal(), 54_144, 4_512);
        assertFigure(e.savingPerPatient(), 94_608 - 18_048, (94_608 - 18_048) / 12);
    }

    @Test
    void the_seeds_5_2_hours_a_week_are_1352_minutes_a_month_and_give_the_same_figure() {
        // 5.2 h x 48 weeks = 249.6 h a year = 1,248 minutes a month
        CostEstimate e = CostEstimate.fromBaseline(SEED, 213, 1_248, 1);
        assertFigure(e.withoutDhoPerPatient(), 327_974, 27_331);
        assertThat(e.hoursPerWeek()).isEqualByComparingTo("5.20");
    }

    @Test
    void without_any_baseline_the_assumed_hours_a_week_stand_in() {
        CostEstimate e = CostEstimate.fromBaseline(SEED, 10, 0, 0);
        assertFigure(e.withoutDhoPerPatient(), 327_974, 27_331);
    }

    @Test
    void no_patients_cost_nothing_and_save_nothing() {
        CostEstimate e = CostEstimate.fromBaseline(SEED, 0, 0, 0);
        assertFigure(e.withDhoTotal(), 0, 0);
        assertFigure(e.savingTotal(), 0, 0);
        assertThatThrownBy(() -> CostEstimate.of(SEED, -1, BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_patient_with_little_home_nursing_costs_more_with_dho_and_the_saving_is_negative() {
        CostEstimate e = CostEstimate.fromBaseline(SEED, 1, 60, 1); // 12 h a year: 15,768
        assertFigure(e.savingPerPatient(), 15_768 - 18_048, -190);
    }

    private static void assertFigure(CostEstimate.Figure figure, long perYear, long perMonth) {
        assertThat(figure.perYear()).isEqualTo(Nok.of(perYear));
        assertThat(figure.perMonth()).isEqualTo(Nok.of(perMonth));
    }
}

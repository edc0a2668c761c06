package no.mila.dho.economics.domain;

import static no.mila.dho.economics.domain.Months.month;
import static no.mila.dho.economics.domain.Months.year;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import no.mila.dho.shared.money.Nok;
import org.junit.jupiter.api.Test;

class PriceEstimateTest {

    private static final BigDecimal MARKUP = new BigDecimal("3.5");

    @Test
    void the_seeds_unit_12240_a_patient_a_year_is_1020_a_recipient_month_and_1055_70_with_the_mark_up() {
        // seed 003, table 1: 12,240 NOK per patient per year for the follow-up service, 213 patients
        PriceEstimate estimate = PriceEstimate.of(2025, Nok.of(12_240).times(213), year("3209", 2025, 0, 213),
                MARKUP, 73);
        assertThat(estimate.totalCost()).isEqualTo(Nok.of(2_607_120));
        assertThat(estimate.targetMonths()).isEqualTo(2556);
        assertThat(estimate.averageCost()).isEqualTo(Nok.of(1020));
        assertThat(estimate.riskMarkup()).isEqualTo(Nok.of("35.70"));
        assertThat(estimate.price()).isEqualTo(Nok.of("1055.70"));
        assertThat(estimate.payments()).containsExactly(
                new PriceEstimate.Payment("3209", 2556, Nok.of("2698369.20")));
        assertThat(estimate.totalPayment()).isEqualTo(Nok.of("2698369.20"));
        // 213 / 73 = 2.918 full-time nurses every month
        assertThat(estimate.staffing()).hasSize(12).allSatisfy(s -> assertThat(s.nurses()).isEqualByComparingTo("2.92"));
        assertThat(estimate.averageNurses()).isEqualByComparingTo("2.92");
    }

    @Test
    void two_municipalities_one_with_targets_for_the_first_half_only() {
        List<MonthCount> months = new ArrayList<>(year("3209", 2027, 0, 10));
        for (int m = 1; m <= 12; m++) {
            months.add(month("3228", 2027, m, 0, m <= 6 ? 5 : null));
        }
        PriceEstimate estimate = PriceEstimate.of(2027, Nok.of(1_000_000), months, MARKUP, 73);
        // 120 + 30 = 150 target months; 1,000,000 / 150 = 6,666.666...; x 1.035 = 6,900 exactly
        assertThat(estimate.targetMonths()).isEqualTo(150);
        assertThat(estimate.averageCost()).isEqualTo(Nok.of("6666.67"));
        assertThat(estimate.price()).isEqualTo(Nok.of("6900.00"));
        assertThat(estimate.riskMarkup()).isEqualTo(Nok.of("233.33"));
        assertThat(estimate.averageCost().plus(estimate.riskMarkup())).isEqualTo(estimate.price());
        assertThat(estimate.payments()).containsExactly(new PriceEstimate.Payment("3209", 120, Nok.of(828_000)),
                new PriceEstimate.Payment("3228", 30, Nok.of(207_000)));
        assertThat(estimate.totalPayment()).isEqualTo(Nok.of(1_035_000));
        // January: 15 / 73 = 0.205; July: 10 / 73 = 0.137; the year: 150 / 876 = 0.171
        assertThat(estimate.staffing().get(0).targets()).isEqualTo(15);
        assertThat(estimate.staffing().get(0).nurses()).isEqualByComparingTo("0.21");
        assertThat(estimate.staffing().get(6).nurses()).isEqualByComparingTo("0.14");
        assertThat(estimate.averageNurses()).isEqualByComparingTo("0.17");
    }

    @Test
    void the_price_is_rounded_once_half_up_from_the_exact_cost_with_mark_up() {
        // 10.00 x 1.035 / 3 = 3.45 exactly; 1.00 x 1.035 / 2 = 0.5175 -> 0.52
        assertThat(PriceEstimate.of(2027, Nok.of(10), List.of(month("3209", 2027, 1, 0, 3)), MARKUP, 73).price())
                .isEqualTo(Nok.of("3.45"));
        assertThat(PriceEstimate.of(2027, Nok.of(1), List.of(month("3209", 2027, 1, 0, 2)), MARKUP, 73).price())
                .isEqualTo(Nok.of("0.52"));
        // 0.01 / 2 = 0.005: half up to 0.01
        assertThat(PriceEstimate.of(2027, Nok.of("0.01"), List.of(month("3209", 2027, 1, 0, 2)), BigDecimal.ZERO, 73)
                .price()).isEqualTo(Nok.of("0.01"));
    }

    @Test
    void without_targets_there_is_nothing_to_divide_by_and_no_estimate() {
        assertThatThrownBy(() -> PriceEstimate.of(2027, Nok.of(1000), year("3209", 2027, 4, null), MARKUP, 73))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PriceEstimate.of(2027, Nok.of(1000), year("3209", 2027, 4, 0), MARKUP, 73))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PriceEstimate.of(2027, Nok.of(1000), List.of(), MARKUP, 73))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

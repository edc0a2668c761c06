package no.mila.dho.economics.domain;

import static no.mila.dho.economics.domain.Months.month;
import static no.mila.dho.economics.domain.Months.year;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.mila.dho.shared.money.Nok;
import org.junit.jupiter.api.Test;

class PriceModelsTest {

    private static final BigDecimal THIRTY = new BigDecimal("30");
    private final PriceModel model2025 = new PriceModel2025();
    private final PriceModel longTerm = new PopulationBaseShareModel();

    /** A: 40,000 inhabitants, 5 recipients a month (target 6); B: 10,000 inhabitants, 40 recipient-months. */
    private static YearData example() {
        List<MonthCount> months = new ArrayList<>(year("3201", 2027, 5, 6));
        months.add(month("3202", 2027, 1, 40, null));
        return new YearData(2027, Nok.of(100_000), months, Map.of("3201", 40_000L, "3202", 10_000L),
                Map.of("3201", 12, "3202", 12), THIRTY);
    }

    @Test
    void the_long_term_model_shares_thirty_per_cent_by_population_and_the_rest_per_recipient_month() {
        // base 30,000: A 4/5 = 24,000, B 6,000; the rest 70,000 / 100 recipient-months = 700 each:
        // A 60 x 700 = 42,000, B 40 x 700 = 28,000
        assertThat(longTerm.compute(example())).containsExactly(
                new ModelPayment("3201", 60, Nok.of(66_000)), new ModelPayment("3202", 40, Nok.of(34_000)));
        assertThat(new ModelPayment("3201", 60, Nok.of(66_000)).perRecipientMonth()).contains(Nok.of(1100));
    }

    @Test
    void the_2025_model_on_the_same_data_bills_the_target_floor() {
        // 100,000 / 100 counted = 1,000; A billed 72 (target 6 > 5 every month), B 40
        assertThat(model2025.compute(example())).containsExactly(
                new ModelPayment("3201", 60, Nok.of(72_000)), new ModelPayment("3202", 40, Nok.of(40_000)));
    }

    @Test
    void a_municipality_joining_in_the_year_carries_the_base_share_for_its_partner_months_only() {
        // A 12,000 x 12 = 144,000; B 12,000 x 6 = 72,000: A 2/3 and B 1/3 of the base share 50 of 150
        List<MonthCount> months = List.of(month("3201", 2027, 1, 1, null), month("3202", 2027, 7, 1, null));
        YearData data = new YearData(2027, Nok.of(150), months, Map.of("3201", 12_000L, "3202", 12_000L),
                Map.of("3201", 12, "3202", 6), new BigDecimal("33.33"));
        // the weights carry the exact base share: 33.33 % of 150 = 49.995, A 33.33, B 16.665; the rest 50.0025 each
        assertThat(longTerm.compute(data)).extracting(ModelPayment::payment)
                .containsExactly(Nok.of("83.33"), Nok.of("66.67"));
    }

    @Test
    void the_last_ore_goes_by_largest_remainder_so_the_cost_is_collected_exactly() {
        List<MonthCount> months = List.of(month("3201", 2027, 1, 1, null), month("3202", 2027, 1, 1, null),
                month("3203", 2027, 1, 1, null));
        YearData data = new YearData(2027, Nok.of(100), months, Map.of("3201", 1L, "3202", 1L, "3203", 1L),
                Map.of(), BigDecimal.ZERO);
        assertThat(longTerm.compute(data)).extracting(ModelPayment::payment)
                .containsExactly(Nok.of("33.34"), Nok.of("33.33"), Nok.of("33.33"));
    }

    @Test
    void a_base_share_of_one_hundred_per_cent_is_by_population_alone() {
        YearData data = new YearData(2027, Nok.of(100_000), example().months(), example().inhabitants(),
                example().partnerMonths(), new BigDecimal("100"));
        assertThat(longTerm.compute(data)).extracting(ModelPayment::payment)
                .containsExactly(Nok.of(80_000), Nok.of(20_000));
    }

    @Test
    void each_model_names_what_it_lacks_instead_of_dividing_by_zero() {
        YearData none = new YearData(2027, Nok.of(-1), year("3201", 2027, 0, 5), Map.of(), Map.of(),
                new BigDecimal("101"));
        assertThat(model2025.missingInputs(none)).containsExactly("expenses", "recipients");
        assertThat(longTerm.missingInputs(none))
                .containsExactly("expenses", "recipients", "populations.3201", "baseSharePercent");
        assertThat(longTerm.missingInputs(example())).isEmpty();
        assertThatThrownBy(() -> longTerm.compute(none)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> model2025.compute(none)).isInstanceOf(IllegalStateException.class);
        assertThat(new ModelPayment("3201", 0, Nok.of(10)).perRecipientMonth()).isEqualTo(Optional.empty());
    }

    @Test
    void the_models_have_names_and_norwegian_descriptions() {
        assertThat(model2025.name()).isEqualTo("2025");
        assertThat(longTerm.name()).isEqualTo("befolkningsvektet-grunnandel");
        assertThat(longTerm.description()).contains("grunnandel", "innbyggertall");
        assertThat(model2025.description()).contains("måltallet");
    }
}

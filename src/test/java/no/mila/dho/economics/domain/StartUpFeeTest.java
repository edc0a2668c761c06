package no.mila.dho.economics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import no.mila.dho.shared.money.Nok;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class StartUpFeeTest {

    /** The collaboration's first day: the founders' partner date. */
    private static final LocalDate FOUNDED = LocalDate.of(2025, 1, 1);

    private static final BigDecimal TWO_DAYS = new BigDecimal("2");

    @ParameterizedTest(name = "joining on {0} is invoiced in quarter {1}")
    @CsvSource({"2027-01-01,1", "2027-03-31,1", "2027-04-01,2", "2027-06-30,2", "2027-07-01,3", "2027-09-30,3",
            "2027-10-01,4", "2027-12-31,4"})
    void the_fee_is_invoiced_in_the_quarter_of_the_partner_date(LocalDate partnerSince, int quarter) {
        StartUpFee fee = StartUpFee.of(2027, "3220", partnerSince, FOUNDED, TWO_DAYS, Optional.of(Nok.of(4100)))
                .orElseThrow();
        assertThat(fee.quarter()).isEqualTo(quarter);
        assertThat(fee.quarterLabel()).isEqualTo("2027-K" + quarter);
        assertThat(fee.amount()).contains(Nok.of(8200));
        assertThat(fee.missing()).isEmpty();
    }

    @Test
    void a_municipality_that_joined_in_another_year_pays_no_fee() {
        assertThat(StartUpFee.of(2027, "3209", LocalDate.of(2025, 1, 1), FOUNDED, TWO_DAYS, Optional.of(Nok.of(4100))))
                .isEmpty();
        assertThat(StartUpFee.of(2027, "3209", LocalDate.of(2028, 1, 1), FOUNDED, TWO_DAYS, Optional.of(Nok.of(4100))))
                .isEmpty();
    }

    @Test
    void days_with_decimals_are_rounded_once_to_the_ore_half_up() {
        // 1.5 x 4,100.33 = 6,150.495 -> 6,150.50
        assertThat(StartUpFee.of(2027, "3220", LocalDate.of(2027, 2, 1), FOUNDED, new BigDecimal("1.5"),
                Optional.of(Nok.of("4100.33"))).orElseThrow().amount()).contains(Nok.of("6150.50"));
    }

    @Test
    void without_the_cost_of_a_nurses_day_the_fee_names_what_is_missing() {
        StartUpFee fee = StartUpFee.of(2027, "3220", LocalDate.of(2027, 2, 1), FOUNDED, TWO_DAYS, Optional.empty())
                .orElseThrow();
        assertThat(fee.amount()).isEmpty();
        assertThat(fee.missing()).contains("nurseDayCost");
    }

    @Test
    void a_founder_of_the_collaboration_pays_no_start_up_fee_in_its_first_year() {
        assertThat(StartUpFee.of(2025, "3209", FOUNDED, FOUNDED, TWO_DAYS, Optional.of(Nok.of(4100)))).isEmpty();
        assertThat(StartUpFee.of(2025, "3218", LocalDate.of(2025, 1, 2), FOUNDED, TWO_DAYS, Optional.of(Nok.of(4100))))
                .as("a day later is joining").isPresent();
    }
}

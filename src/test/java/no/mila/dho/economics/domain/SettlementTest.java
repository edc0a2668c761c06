package no.mila.dho.economics.domain;

import static no.mila.dho.economics.domain.Months.month;
import static no.mila.dho.economics.domain.Months.year;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import no.mila.dho.shared.money.Nok;
import org.junit.jupiter.api.Test;

class SettlementTest {

    @Test
    void the_seeds_unit_settles_at_1020_a_recipient_month_when_every_target_is_met() {
        Settlement s = Settlement.of(2025, Nok.of(2_607_120), year("3209", 2025, 213, 213), List.of());
        assertThat(s.recipientMonths()).isEqualTo(2556);
        assertThat(s.price()).isEqualTo(Nok.of(1020));
        assertThat(s.invoices()).singleElement().satisfies(i -> {
            assertThat(i.lines()).hasSize(12).allSatisfy(l -> assertThat(l.amount()).isEqualTo(Nok.of(217_260)));
            assertThat(i.total()).isEqualTo(Nok.of(2_607_120));
        });
        assertThat(s.surplus()).isEqualTo(Nok.ZERO);
    }

    @Test
    void a_municipality_below_its_target_pays_the_target_and_that_is_the_surplus() {
        List<MonthCount> months = List.of(month("3209", 2027, 1, 8, 10), month("3209", 2027, 2, 12, 10),
                month("3228", 2027, 1, 5, null), month("3228", 2027, 2, 0, null));
        // 25 counted recipient-months; 25,500 / 25 = 1,020
        Settlement s = Settlement.of(2027, Nok.of(25_500), months, List.of());
        assertThat(s.price()).isEqualTo(Nok.of(1020));
        Settlement.Invoice ullensaker = s.invoices().get(0);
        assertThat(ullensaker.municipality()).isEqualTo("3209");
        assertThat(ullensaker.lines()).containsExactly(
                new Settlement.Line(YearMonth.of(2027, 1), 8, Optional.of(10), 10, Nok.of(10_200)),
                new Settlement.Line(YearMonth.of(2027, 2), 12, Optional.of(10), 12, Nok.of(12_240)));
        assertThat(ullensaker.amount()).isEqualTo(Nok.of(22_440));
        assertThat(ullensaker.recipientMonths()).isEqualTo(20);
        assertThat(ullensaker.billableMonths()).isEqualTo(22);
        Settlement.Invoice nes = s.invoices().get(1);
        assertThat(nes.lines()).extracting(Settlement.Line::amount).containsExactly(Nok.of(5_100), Nok.ZERO);
        assertThat(s.billableMonths()).isEqualTo(27);
        assertThat(s.invoiced()).isEqualTo(Nok.of(27_540));
        assertThat(s.surplus()).isEqualTo(Nok.of(2_040));
    }

    @Test
    void the_price_is_rounded_once_half_up_and_the_rounding_shows_in_the_surplus() {
        Settlement third = Settlement.of(2027, Nok.of(1000), List.of(month("3209", 2027, 1, 3, null)), List.of());
        assertThat(third.price()).isEqualTo(Nok.of("333.33"));
        assertThat(third.invoiced()).isEqualTo(Nok.of("999.99"));
        assertThat(third.surplus()).isEqualTo(Nok.of("-0.01"));
        Settlement half = Settlement.of(2027, Nok.of("0.01"), List.of(month("3209", 2027, 1, 2, null)), List.of());
        assertThat(half.price()).isEqualTo(Nok.of("0.01"));
    }

    @Test
    void a_municipality_joining_in_the_year_gets_the_start_up_fee_on_its_invoice_but_not_in_the_surplus() {
        StartUpFee fee = StartUpFee.of(2027, "3220", LocalDate.of(2027, 4, 15), LocalDate.of(2025, 1, 1),
                new BigDecimal("2"),
                Optional.of(Nok.of(4100))).orElseThrow();
        List<MonthCount> months = List.of(month("3209", 2027, 5, 10, 10), month("3220", 2027, 5, 2, null));
        Settlement s = Settlement.of(2027, Nok.of(12_000), months, List.of(fee));
        assertThat(s.price()).isEqualTo(Nok.of(1000));
        Settlement.Invoice joining = s.invoices().get(1);
        assertThat(joining.amount()).isEqualTo(Nok.of(2000));
        assertThat(joining.startUpFee()).contains(fee);
        assertThat(joining.total()).isEqualTo(Nok.of(10_200));
        assertThat(s.invoices().get(0).startUpFee()).isEmpty();
        assertThat(s.startUpFees()).isEqualTo(Nok.of(8200));
        assertThat(s.surplus()).isEqualTo(Nok.ZERO);
    }

    @Test
    void a_start_up_fee_without_a_nurse_day_cost_is_a_line_saying_so_and_adds_nothing() {
        StartUpFee fee = StartUpFee.of(2027, "3220", LocalDate.of(2027, 4, 15), LocalDate.of(2025, 1, 1),
                new BigDecimal("2"),
                Optional.empty()).orElseThrow();
        Settlement s = Settlement.of(2027, Nok.of(100), List.of(month("3220", 2027, 5, 1, null)), List.of(fee));
        assertThat(s.invoices().get(0).startUpFee()).contains(fee);
        assertThat(s.invoices().get(0).total()).isEqualTo(Nok.of(100));
        assertThat(s.startUpFees()).isEqualTo(Nok.ZERO);
    }

    @Test
    void without_counted_recipients_there_is_nothing_to_divide_by() {
        assertThatThrownBy(() -> Settlement.of(2027, Nok.of(100), year("3209", 2027, 0, 5), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

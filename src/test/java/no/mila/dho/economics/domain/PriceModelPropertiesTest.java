package no.mila.dho.economics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import no.mila.dho.shared.money.Nok;

/** What must hold for every year's figures, whatever they are. */
class PriceModelPropertiesTest {

    @Property
    void billable_is_never_below_the_recipients_and_the_lines_add_up_to_the_totals(@ForAll("years") YearData data) {
        if (data.recipientMonths() == 0) {
            return;
        }
        Settlement s = Settlement.of(data.year(), data.actualCost(), data.months(), List.of());
        Nok invoiced = Nok.ZERO;
        for (Settlement.Invoice invoice : s.invoices()) {
            invoice.lines().forEach(l -> {
                assertThat(l.billable()).isGreaterThanOrEqualTo(l.recipients());
                assertThat(l.billable()).isGreaterThanOrEqualTo(l.target().orElse(0));
                assertThat(l.amount()).isEqualTo(s.price().times(l.billable()));
            });
            assertThat(invoice.lines().stream().map(Settlement.Line::amount).reduce(Nok.ZERO, Nok::plus))
                    .isEqualTo(invoice.amount());
            invoiced = invoiced.plus(invoice.amount());
        }
        assertThat(invoiced).isEqualTo(s.invoiced());
        assertThat(s.surplus()).isEqualTo(s.invoiced().minus(s.bookedExpenses()));
        // the surplus is never negative by more than the price's rounding (half an øre per billed recipient-month)
        assertThat(s.surplus().amount()).isGreaterThanOrEqualTo(
                BigDecimal.valueOf(-s.billableMonths()).multiply(new BigDecimal("0.005")));
    }

    @Property
    void the_long_term_model_collects_exactly_the_cost(@ForAll("years") YearData data) {
        PriceModel model = new PopulationBaseShareModel();
        if (!model.missingInputs(data).isEmpty()) {
            return;
        }
        List<ModelPayment> payments = model.compute(data);
        assertThat(payments.stream().map(ModelPayment::payment).reduce(Nok.ZERO, Nok::plus))
                .isEqualTo(data.actualCost());
        assertThat(payments).allSatisfy(p -> assertThat(p.payment().isNegative()).isFalse());
    }

    @Property
    void with_no_base_share_every_recipient_month_costs_the_same_within_an_ore(@ForAll("years") YearData data) {
        YearData perRecipient = new YearData(data.year(), data.actualCost(), data.months(), data.inhabitants(),
                data.partnerMonths(), BigDecimal.ZERO);
        PriceModel model = new PopulationBaseShareModel();
        if (!model.missingInputs(perRecipient).isEmpty()) {
            return;
        }
        BigDecimal exact = data.actualCost().amount().divide(BigDecimal.valueOf(data.recipientMonths()), 10,
                java.math.RoundingMode.HALF_UP);
        for (ModelPayment p : model.compute(perRecipient)) {
            BigDecimal expected = exact.multiply(BigDecimal.valueOf(p.recipientMonths()));
            assertThat(p.payment().amount().subtract(expected).abs()).isLessThan(new BigDecimal("0.01"));
        }
    }

    @Provide
    Arbitrary<YearData> years() {
        Arbitrary<Integer> count = Arbitraries.integers().between(1, 4);
        Arbitrary<Long> cost = Arbitraries.longs().between(0, 10_000_000_00L);
        Arbitrary<List<Integer>> figures = Arbitraries.integers().between(0, 60).list().ofSize(4 * 12 * 2);
        Arbitrary<List<Long>> people = Arbitraries.longs().between(1, 700_000).list().ofSize(4);
        Arbitrary<Integer> base = Arbitraries.integers().between(0, 10_000);
        return Combinators.combine(count, cost, figures, people, base).as((n, ore, f, p, b) -> {
            List<MonthCount> months = new ArrayList<>();
            Map<String, Long> inhabitants = new HashMap<>();
            Map<String, Integer> partnerMonths = new HashMap<>();
            for (int i = 0; i < n; i++) {
                String municipality = "32" + (10 + i);
                inhabitants.put(municipality, p.get(i));
                partnerMonths.put(municipality, 12 - i);
                for (int m = 1; m <= 12; m++) {
                    int target = f.get((i * 12 + m - 1) * 2 + 1);
                    months.add(Months.month(municipality, 2027, m, f.get((i * 12 + m - 1) * 2),
                            target % 3 == 0 ? null : target));
                }
            }
            return new YearData(2027, new Nok(BigDecimal.valueOf(ore, 2)), months, inhabitants, partnerMonths,
                    BigDecimal.valueOf(b, 2));
        });
    }
}

package no.mila.dho.economics.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import no.mila.dho.economics.application.Pricing;
import no.mila.dho.economics.domain.Settlement;
import no.mila.dho.economics.domain.StartUpFee;
import no.mila.dho.shared.money.Nok;

/**
 * The year-end settlement of the 2025 model (docs/pricing.md): the actual cost per recipient-month, each
 * municipality's invoice lines per month, its start-up fee, its total, and the surplus. {@code preliminary} while the
 * year has not ended.
 */
public record SettlementView(int year, boolean preliminary, BigDecimal bookedExpenses, long recipientMonths,
                             long billableRecipientMonths, BigDecimal actualCostPerRecipientMonth,
                             List<Invoice> municipalities, BigDecimal invoiced, BigDecimal startUpFees,
                             BigDecimal surplus) {

    /** A municipality's invoice. */
    public record Invoice(String municipality, String name, List<Line> lines, long recipientMonths,
                          long billableRecipientMonths, BigDecimal amount, Fee startUpFee, BigDecimal total) {
    }

    /** One month: billable = the recipients, or the target where it had fewer; amount = price x billable. */
    public record Line(YearMonth month, int recipients, Integer target, int billable, BigDecimal amount) {
    }

    /** The start-up fee: {@code amount} null and {@code missing} naming the parameter while it cannot be computed. */
    public record Fee(LocalDate partnerSince, String quarter, BigDecimal days, BigDecimal nurseDayCost,
                      BigDecimal amount, String missing) {
    }

    static SettlementView of(Pricing.SettlementResult result, Predicate<String> visible) {
        Settlement s = result.settlement();
        BigDecimal dayCost = result.parameters().nurseDayCost().map(Nok::amount).orElse(null);
        List<Invoice> invoices = s.invoices().stream().filter(i -> visible.test(i.municipality()))
                .map(i -> invoice(i, dayCost, result.municipalities())).toList();
        return new SettlementView(s.year(), result.preliminary(), s.bookedExpenses().amount(), s.recipientMonths(),
                s.billableMonths(), s.price().amount(), invoices, s.invoiced().amount(), s.startUpFees().amount(),
                s.surplus().amount());
    }

    private static Invoice invoice(Settlement.Invoice i, BigDecimal dayCost,
                                   Map<String, no.mila.dho.municipality.domain.Municipality> names) {
        List<Line> lines = i.lines().stream().map(l -> new Line(l.month(), l.recipients(), l.target().orElse(null),
                l.billable(), l.amount().amount())).toList();
        Fee fee = i.startUpFee().map(f -> fee(f, dayCost)).orElse(null);
        return new Invoice(i.municipality(), Visibility.name(names, i.municipality()), lines, i.recipientMonths(),
                i.billableMonths(), i.amount().amount(), fee, i.total().amount());
    }

    private static Fee fee(StartUpFee f, BigDecimal dayCost) {
        return new Fee(f.partnerSince(), f.quarterLabel(), f.days(), dayCost, f.amount().map(Nok::amount).orElse(null),
                f.missing().orElse(null));
    }
}

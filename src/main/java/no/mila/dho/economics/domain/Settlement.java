package no.mila.dho.economics.domain;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import no.mila.dho.shared.money.Nok;

/**
 * The year-end settlement of the 2025 model (part 3.2.3, docs/pricing.md). The actual cost per recipient-month is
 * the booked expenses over all counted recipient-months, rounded once to the øre, half up. Each municipality gets one
 * invoice line per month: {@code price x billable} (exact), where billable is the recipients, or the target where it
 * had fewer ({@link MonthCount#billable()}); its total is the sum of its lines plus its start-up fee, if it joined in
 * the year. The surplus for the operations council is what the lines invoice (without start-up fees) minus the
 * booked expenses: the target floors create it (and the rounding of the price can move it by less than one øre per
 * billed recipient-month).
 */
public record Settlement(int year, Nok bookedExpenses, long recipientMonths, long billableMonths, Nok price,
                         List<Invoice> invoices, Nok invoiced, Nok startUpFees, Nok surplus) {

    /** One month's line of a municipality's invoice. */
    public record Line(YearMonth month, int recipients, Optional<Integer> target, int billable, Nok amount) {
    }

    /** A municipality's invoice for the year: its lines, their sum, the start-up fee if any, and the total. */
    public record Invoice(String municipality, List<Line> lines, long recipientMonths, long billableMonths,
                          Nok amount, Optional<StartUpFee> startUpFee, Nok total) {
    }

    /**
     * @param startUpFees the fees of the municipalities that joined in the year (at most one each)
     * @throws IllegalArgumentException when no recipients were counted (nothing to divide by: the caller says so)
     */
    public static Settlement of(int year, Nok bookedExpenses, List<MonthCount> months, List<StartUpFee> startUpFees) {
        long counted = months.stream().mapToLong(MonthCount::recipients).sum();
        if (counted <= 0) {
            throw new IllegalArgumentException("A settlement needs counted recipient-months");
        }
        Nok price = bookedExpenses.dividedBy(counted);
        Map<String, StartUpFee> fees = startUpFees.stream()
                .collect(Collectors.toMap(StartUpFee::municipality, f -> f));
        Map<String, List<MonthCount>> byMunicipality = months.stream()
                .collect(Collectors.groupingBy(MonthCount::municipality, TreeMap::new, Collectors.toList()));
        List<Invoice> invoices = byMunicipality.entrySet().stream()
                .map(e -> invoice(e.getKey(), e.getValue(), price, Optional.ofNullable(fees.get(e.getKey()))))
                .toList();
        Nok invoiced = invoices.stream().map(Invoice::amount).reduce(Nok.ZERO, Nok::plus);
        Nok feeTotal = invoices.stream().flatMap(i -> i.startUpFee().flatMap(StartUpFee::amount).stream())
                .reduce(Nok.ZERO, Nok::plus);
        long billable = invoices.stream().mapToLong(Invoice::billableMonths).sum();
        return new Settlement(year, bookedExpenses, counted, billable, price, invoices, invoiced, feeTotal,
                invoiced.minus(bookedExpenses));
    }

    private static Invoice invoice(String municipality, List<MonthCount> months, Nok price, Optional<StartUpFee> fee) {
        List<Line> lines = months.stream().sorted(java.util.Comparator.comparing(MonthCount::month))
                .map(m -> new Line(m.month(), m.recipients(), m.target(), m.billable(), price.times(m.billable())))
                .toList();
        Nok amount = lines.stream().map(Line::amount).reduce(Nok.ZERO, Nok::plus);
        Nok total = amount.plus(fee.flatMap(StartUpFee::amount).orElse(Nok.ZERO));
        return new Invoice(municipality, lines, lines.stream().mapToLong(Line::recipients).sum(),
                lines.stream().mapToLong(Line::billable).sum(), amount, fee, total);
    }
}

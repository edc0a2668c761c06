package no.mila.dho.economics.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import no.mila.dho.shared.money.Nok;

/**
 * The 2025 model before the year (part 3.2.1, docs/pricing.md): the estimated total cost of the follow-up service
 * (the budget lines) over the estimated recipient-months (the sum of all targets) is the average cost per
 * recipient-month; with the risk mark-up it is the estimated price, rounded once to the øre, half up:
 * {@code price = round(totalCost x (1 + markup/100) / targetMonths)}. The average is shown rounded the same way, and
 * the mark-up is {@code price - average}, so the two add up to the price. Each municipality's estimated payment is
 * {@code price x its target months}, exact. Staffing: a month's targets over the recipients per full-time nurse (73,
 * which includes the 10 % safety margin), to two decimals, half up; the year's average is all targets over
 * {@code 12 x recipientsPerNurse}.
 */
public record PriceEstimate(int year, Nok totalCost, long targetMonths, Nok averageCost, Nok riskMarkup, Nok price,
                            List<MonthStaffing> staffing, BigDecimal averageNurses, List<Payment> payments,
                            Nok totalPayment) {

    /** Full-time nurses (årsverk) a month's targets need. */
    public record MonthStaffing(YearMonth month, int targets, BigDecimal nurses) {
    }

    /** A municipality's estimated payment for the year. */
    public record Payment(String municipality, long targetMonths, Nok amount) {
    }

    /**
     * @param months the year's months of every municipality (targets; recipients are not used)
     * @throws IllegalArgumentException when the targets sum to 0 (nothing to divide by: the caller says so first)
     *                                  or the ratio is not positive
     */
    public static PriceEstimate of(int year, Nok totalCost, List<MonthCount> months, BigDecimal riskMarkupPercent,
                                   int recipientsPerNurse) {
        long targetMonths = months.stream().mapToLong(MonthCount::targetOrZero).sum();
        if (targetMonths <= 0 || recipientsPerNurse <= 0) {
            throw new IllegalArgumentException("An estimate needs targets and a positive recipients per nurse");
        }
        BigDecimal count = BigDecimal.valueOf(targetMonths);
        Nok average = totalCost.dividedBy(count);
        BigDecimal factor = BigDecimal.ONE.add(riskMarkupPercent.movePointLeft(2));
        Nok price = new Nok(totalCost.amount().multiply(factor).divide(count, Nok.SCALE, Nok.ROUNDING));
        Map<String, Long> byMunicipality = months.stream().collect(Collectors.groupingBy(MonthCount::municipality,
                TreeMap::new, Collectors.summingLong(MonthCount::targetOrZero)));
        List<Payment> payments = byMunicipality.entrySet().stream()
                .map(e -> new Payment(e.getKey(), e.getValue(), price.times(e.getValue()))).toList();
        Nok total = payments.stream().map(Payment::amount).reduce(Nok.ZERO, Nok::plus);
        BigDecimal ratio = BigDecimal.valueOf(recipientsPerNurse);
        List<MonthStaffing> staffing = IntStream.rangeClosed(1, 12).mapToObj(m -> YearMonth.of(year, m))
                .map(month -> {
                    int targets = months.stream().filter(c -> c.month().equals(month))
                            .mapToInt(MonthCount::targetOrZero).sum();
                    return new MonthStaffing(month, targets,
                            BigDecimal.valueOf(targets).divide(ratio, 2, RoundingMode.HALF_UP));
                }).toList();
        BigDecimal averageNurses = count.divide(ratio.multiply(BigDecimal.valueOf(12)), 2, RoundingMode.HALF_UP);
        return new PriceEstimate(year, totalCost, targetMonths, average, price.minus(average), price, staffing,
                averageNurses, payments, total);
    }
}

package no.mila.dho.economics.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import no.mila.dho.shared.money.Nok;

/**
 * The figures of one year every {@link PriceModel} computes from: the actual cost (the booked expenses), each
 * municipality's months (recipients, targets), its inhabitants and the months of the year it was a partner, and the
 * base share of the long-term model (per cent).
 *
 * @param inhabitants    per municipality number; a municipality without an entry has no population entered
 * @param partnerMonths  per municipality number, 1-12: the months of the year it was a partner on any day
 */
public record YearData(int year, Nok actualCost, List<MonthCount> months, Map<String, Long> inhabitants,
                       Map<String, Integer> partnerMonths, BigDecimal baseSharePercent) {

    public YearData {
        Objects.requireNonNull(actualCost, "actualCost");
        months = List.copyOf(months);
        inhabitants = Map.copyOf(inhabitants);
        partnerMonths = Map.copyOf(partnerMonths);
        Objects.requireNonNull(baseSharePercent, "baseSharePercent");
    }

    /** The municipalities of the year, by number. */
    public SortedSet<String> municipalities() {
        TreeSet<String> numbers = new TreeSet<>();
        months.forEach(m -> numbers.add(m.municipality()));
        return numbers;
    }

    /** All recipient-months counted in the year. */
    public long recipientMonths() {
        return months.stream().mapToLong(MonthCount::recipients).sum();
    }

    /** The recipient-months counted for one municipality. */
    public long recipientMonths(String municipality) {
        return months.stream().filter(m -> m.municipality().equals(municipality)).mapToLong(MonthCount::recipients)
                .sum();
    }
}

package no.mila.dho.economics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import no.mila.dho.economics.application.RecipientsAndTargets;

/**
 * Test-only counted recipients and targets, set by each test for a year of its own: the price tests do not depend on
 * how the recipients are counted. Enabled only by {@link WithFixedRecipients}.
 */
@Alternative
@ApplicationScoped
public class FixedRecipients implements RecipientsAndTargets {

    private static final Map<Integer, List<MunicipalityMonth>> YEARS = new ConcurrentHashMap<>();

    /** Sets a year's months (replacing what a test set before). */
    public static void set(int year, List<MunicipalityMonth> months) {
        YEARS.put(year, List.copyOf(months));
    }

    /** Twelve months of one municipality: recipients and target (null for none) by month number. */
    public static List<MunicipalityMonth> months(String municipality, int year, IntFunction<Integer> recipients,
                                                 IntFunction<Integer> target) {
        List<MunicipalityMonth> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(new MunicipalityMonth(municipality, YearMonth.of(year, m), recipients.apply(m),
                    Optional.ofNullable(target.apply(m))));
        }
        return months;
    }

    @Override
    public List<MunicipalityMonth> ofYear(int year) {
        return YEARS.getOrDefault(year, List.of());
    }
}

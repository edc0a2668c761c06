package no.mila.dho.economics.domain;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds the months of a test year. */
final class Months {

    private Months() {
    }

    static MonthCount month(String municipality, int year, int month, int recipients, Integer target) {
        return new MonthCount(municipality, YearMonth.of(year, month), recipients, Optional.ofNullable(target));
    }

    /** Twelve months of the same recipients and target. */
    static List<MonthCount> year(String municipality, int year, int recipients, Integer target) {
        List<MonthCount> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(month(municipality, year, m, recipients, target));
        }
        return months;
    }
}

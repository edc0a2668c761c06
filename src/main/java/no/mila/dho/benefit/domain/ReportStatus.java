package no.mila.dho.benefit.domain;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One patient's state of a quarter's reporting: the months due (those of the quarter in which the patient was
 * followed up, up to the current month) and which of them are still missing. Complete when none is missing.
 */
public record ReportStatus(List<YearMonth> due, List<YearMonth> missing) {

    public static ReportStatus of(Set<YearMonth> followed, Set<YearMonth> reported, YearMonth current) {
        TreeSet<YearMonth> due = new TreeSet<>(followed);
        due.removeIf(m -> m.isAfter(current));
        List<YearMonth> missing = due.stream().filter(m -> !reported.contains(m)).toList();
        return new ReportStatus(List.copyOf(due), missing);
    }

    public boolean complete() {
        return missing.isEmpty();
    }
}

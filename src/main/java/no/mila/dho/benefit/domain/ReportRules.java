package no.mila.dho.benefit.domain;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a quarter's report of one patient can be stored (docs/benefits.md): every month in the quarter, in follow-up
 * and begun, at most once; no negative figure; minutes and visits within the baseline's bounds; KAD and short-term
 * days each at most the month's days, and together too (a patient lies in one bed a day).
 */
public final class ReportRules {

    private ReportRules() {
    }

    /**
     * @param followed the months of the quarter in which the patient was followed up
     * @param current  the month of today: later months cannot be reported yet
     * @return the violations, in the order of the months; empty when the report can be stored
     */
    public static List<Violation> check(Quarter quarter, List<MonthFigures> months, Set<YearMonth> followed,
                                        YearMonth current) {
        List<Violation> violations = new ArrayList<>();
        Set<YearMonth> seen = new HashSet<>();
        for (int i = 0; i < months.size(); i++) {
            MonthFigures m = months.get(i);
            String at = "months[" + i + "].";
            if (!quarter.contains(m.month())) {
                violations.add(new Violation(at + "month", "must be a month of " + quarter.label()));
            } else if (m.month().isAfter(current)) {
                violations.add(new Violation(at + "month", "has not begun"));
            } else if (!followed.contains(m.month())) {
                violations.add(new Violation(at + "month", "the patient was not followed up in " + m.month()));
            } else if (!seen.add(m.month())) {
                violations.add(new Violation(at + "month", "is given twice"));
            }
            bounded(violations, at + "homeNursingMinutes", m.homeNursingMinutes(), MonthFigures.MAX_MINUTES);
            bounded(violations, at + "homeNursingVisits", m.homeNursingVisits(), MonthFigures.MAX_VISITS);
            int days = m.month().lengthOfMonth();
            bounded(violations, at + "kadDays", m.kadDays(), days);
            bounded(violations, at + "shortTermDays", m.shortTermDays(), days);
            if (m.kadDays() >= 0 && m.shortTermDays() >= 0 && m.kadDays() <= days && m.shortTermDays() <= days
                    && m.kadDays() + m.shortTermDays() > days) {
                violations.add(new Violation(at + "shortTermDays", "KAD and short-term days together exceed the "
                        + days + " days of " + m.month()));
            }
        }
        return violations;
    }

    private static void bounded(List<Violation> violations, String field, int value, int max) {
        if (value < 0) {
            violations.add(new Violation(field, "must not be negative"));
        } else if (value > max) {
            violations.add(new Violation(field, "must be at most " + max));
        }
    }
}

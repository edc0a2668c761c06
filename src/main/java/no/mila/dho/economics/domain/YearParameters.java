package no.mila.dho.economics.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import no.mila.dho.shared.money.Nok;

/**
 * The price model's parameters of one operating year (table {@code economics_year}; docs/economics.md): the risk
 * mark-up in per cent, recipients per full-time nurse, the start-up fee in nurse days and the cost of such a day (none
 * until entered), and the deadlines of the targets: the whole year until {@code targetsDue}, the months from
 * {@code secondHalfFromMonth} on until {@code secondHalfDue} (both inclusive).
 */
public record YearParameters(int year, BigDecimal riskMarkupPercent, int recipientsPerNurse, BigDecimal startUpDays,
                             Optional<Nok> nurseDayCost, LocalDate targetsDue, int secondHalfFromMonth,
                             LocalDate secondHalfDue, long version) {

    /** May the target of {@code month} (of this year) still be entered or changed on {@code today}? */
    public boolean targetOpen(YearMonth month, LocalDate today) {
        if (month.getYear() != year) {
            return false;
        }
        if (!today.isAfter(targetsDue)) {
            return true;
        }
        return month.getMonthValue() >= secondHalfFromMonth && !today.isAfter(secondHalfDue);
    }
}

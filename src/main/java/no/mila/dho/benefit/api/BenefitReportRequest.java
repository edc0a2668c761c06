package no.mila.dho.benefit.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.YearMonth;
import java.util.List;
import no.mila.dho.benefit.domain.MonthFigures;

/**
 * A patient's report of a quarter: the figures of each month reported (one to three), and the report's version
 * (absent or 0 to create it; the stored version to change it). The bounds of the figures are checked by the
 * report rules, which name the field of the month (e.g. {@code months[1].kadDays}).
 */
public record BenefitReportRequest(@NotNull @Size(min = 1, max = 3) List<@Valid @NotNull Month> months,
                                   @Min(0) Long version) {

    /** One month: {@code "2026-04"}; minutes and visits of home nursing, KAD days, short-term stay days. */
    public record Month(@NotNull YearMonth month, @NotNull Integer homeNursingMinutes,
                        @NotNull Integer homeNursingVisits, @NotNull Integer kadDays, @NotNull Integer shortTermDays) {

        MonthFigures figures() {
            return new MonthFigures(month, homeNursingMinutes, homeNursingVisits, kadDays, shortTermDays);
        }
    }

    List<MonthFigures> figures() {
        return months.stream().map(Month::figures).toList();
    }
}

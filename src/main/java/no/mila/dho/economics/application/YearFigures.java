package no.mila.dho.economics.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.mila.dho.economics.domain.MonthCount;
import no.mila.dho.municipality.application.MunicipalityService;
import no.mila.dho.municipality.domain.Municipality;

/**
 * Gathers what the price models compute from: the counted recipients and targets of the year
 * ({@link RecipientsAndTargets}) and the municipalities (names, partner dates) of the municipality feature.
 */
@ApplicationScoped
public class YearFigures {

    private final RecipientsAndTargets recipients;
    private final MunicipalityService municipalities;

    YearFigures(RecipientsAndTargets recipients, MunicipalityService municipalities) {
        this.recipients = recipients;
        this.municipalities = municipalities;
    }

    /** The year's months of every partner municipality, ordered by municipality and month. */
    public List<MonthCount> months(int year) {
        return recipients.ofYear(year).stream()
                .map(m -> new MonthCount(m.municipality(), m.month(), m.recipients(), m.target())).toList();
    }

    /** All municipalities by number. */
    public Map<String, Municipality> municipalities() {
        return municipalities.all().stream().collect(Collectors.toMap(Municipality::number, Function.identity()));
    }

    /** The collaboration's first day: the earliest partner date of all municipalities (its founders'). */
    public LocalDate collaborationStart() {
        return municipalities.all().stream().map(Municipality::partnerSince).min(LocalDate::compareTo)
                .orElse(LocalDate.MIN);
    }

    /**
     * The months of {@code year} (0-12) in which the municipality was a partner on any day: from the month of its
     * partner date to the month before the day it became inactive (the deactivation date is its first day out).
     */
    static int partnerMonths(Municipality m, int year) {
        int first = m.partnerSince().getYear() < year ? 1
                : m.partnerSince().getYear() == year ? m.partnerSince().getMonthValue() : 13;
        int last = 12;
        if (m.deactivatedOn() != null) {
            LocalDate lastDay = m.deactivatedOn().minusDays(1);
            last = lastDay.getYear() > year ? 12 : lastDay.getYear() == year ? lastDay.getMonthValue() : 0;
        }
        return Math.max(0, last - first + 1);
    }
}

package no.mila.dho.worklist.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.mila.dho.measurement.domain.Zone;
import no.mila.dho.patient.domain.EpisodeState;
import no.mila.dho.shared.time.NorwegianCalendar;

/**
 * The cadence of contacts (checked every working day, {@code today} is that day). Each rule fires on its due
 * working day or later, never before, once per period (the period key); due dates falling on a weekend or public
 * holiday move to the next working day:
 * <ul>
 *   <li>WEEKLY_CONTACT: on day 7 and day 14 after the start, during the first four weeks;</li>
 *   <li>GOAL_CONVERSATION: on day 14, during the first four weeks;</li>
 *   <li>THRESHOLD_REVIEW: on day 14, while the patient is still in the baseline (on the pathway defaults);</li>
 *   <li>MONTHLY_CONTACT: from the first working day of a month, when the patient reported in the past month and
 *       every report was green;</li>
 *   <li>NO_REPORTS: when there was no report in the last 14 days (counted from the start when none ever);</li>
 *   <li>PERSISTENTLY_YELLOW: when each of the last N days up to yesterday was yellow (worst zone of the day);</li>
 *   <li>MEASURE_DAILY: when the latest report was yellow or red and a day after it passed without a report.</li>
 * </ul>
 */
public final class CadenceRules {

    public static final int BASELINE_DAYS = EpisodeState.BASELINE_DAYS;
    public static final int NO_REPORT_DAYS = 14;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("LLLL yyyy", Locale.forLanguageTag("nb-NO"));
    public static final int NEW_PATIENT_DAYS = 28;

    private CadenceRules() {
    }

    public static List<DueTask> due(CadenceFacts f, LocalDate today, int persistentYellowDays) {
        List<DueTask> due = new ArrayList<>();
        boolean newPatient = today.isBefore(f.startDate().plusDays(NEW_PATIENT_DAYS));
        for (int week = 1; week <= 2; week++) {
            LocalDate date = NorwegianCalendar.onOrAfter(f.startDate().plusDays(7L * week));
            if (newPatient && !today.isBefore(date)) {
                due.add(new DueTask(TaskType.WEEKLY_CONTACT, date, f.episodeId() + ":week-" + week,
                        "Ukentlig kontakt med ny pasient, uke " + week));
            }
        }
        LocalDate day14 = NorwegianCalendar.onOrAfter(f.startDate().plusDays(BASELINE_DAYS));
        if (!today.isBefore(day14)) {
            if (newPatient) {
                due.add(new DueTask(TaskType.GOAL_CONVERSATION, day14, f.episodeId() + ":goal",
                        "Målsamtale etter 14 dager: hva er viktig for deg?"));
            }
            if (f.inBaseline()) {
                due.add(new DueTask(TaskType.THRESHOLD_REVIEW, day14, f.episodeId() + ":threshold-review",
                        "Individuelle terskelverdier etter 14 dagers baseline"));
            }
        }
        monthly(f, today).ifPresent(due::add);
        LocalDate silentSince = f.lastReportDay().orElse(f.startDate());
        if (!silentSince.isAfter(today.minusDays(NO_REPORT_DAYS)) && !f.startDate().isAfter(today.minusDays(NO_REPORT_DAYS))) {
            due.add(new DueTask(TaskType.NO_REPORTS, today, "since:" + silentSince, f.lastReportDay()
                    .map(d -> "Ingen målinger siden " + norwegian(d)).orElse("Ingen målinger siden oppstart " + norwegian(f.startDate()))));
        }
        persistentlyYellow(f.worstZoneByDay(), today, persistentYellowDays).ifPresent(due::add);
        if (f.latestReportZone().filter(z -> z != Zone.GREEN).isPresent() && f.lastReportDay().isPresent()
                && f.lastReportDay().get().isBefore(today.minusDays(1))) {
            LocalDate last = f.lastReportDay().get();
            due.add(new DueTask(TaskType.MEASURE_DAILY, today, "after:" + last, "Siste måling " + norwegian(last)
                    + " var " + f.latestReportZone().get().norwegian() + "; ingen måling " + norwegian(last.plusDays(1))));
        }
        return due;
    }

    private static java.util.Optional<DueTask> monthly(CadenceFacts f, LocalDate today) {
        YearMonth month = YearMonth.from(today);
        LocalDate firstWorkingDay = NorwegianCalendar.onOrAfter(month.atDay(1));
        if (today.isBefore(firstWorkingDay)) {
            return java.util.Optional.empty();
        }
        YearMonth previous = month.minusMonths(1);
        List<Zone> zones = f.worstZoneByDay().entrySet().stream()
                .filter(e -> YearMonth.from(e.getKey()).equals(previous)).map(Map.Entry::getValue).toList();
        if (zones.isEmpty() || zones.stream().anyMatch(z -> z != Zone.GREEN)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new DueTask(TaskType.MONTHLY_CONTACT, firstWorkingDay, "month:" + month,
                "Månedlig kontakt: bare grønne målinger i " + MONTH.format(previous)));
    }

    private static java.util.Optional<DueTask> persistentlyYellow(Map<LocalDate, Zone> days, LocalDate today, int n) {
        LocalDate day = today.minusDays(1);
        int run = 0;
        while (days.get(day) == Zone.YELLOW) {
            run++;
            day = day.minusDays(1);
        }
        if (run < n) {
            return java.util.Optional.empty();
        }
        LocalDate first = day.plusDays(1);
        return java.util.Optional.of(new DueTask(TaskType.PERSISTENTLY_YELLOW, today, "from:" + first,
                "Gul " + run + " dager på rad siden " + norwegian(first) + ": kontakt legen om tiltak eller nye terskelverdier"));
    }

    /** Dates in nurse-facing text as Norwegians write them: 24.11.2026. */
    private static String norwegian(LocalDate date) {
        return DATE.format(date);
    }
}

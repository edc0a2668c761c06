package no.mila.dho.economics.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who counts as a recipient (tjenestemottaker) of a municipality in a month (docs/economics.md): a patient with an
 * allocated pathway episode (baseline or steady follow-up, and paused too when {@code pausedCounts}) on at least
 * {@code minimumDays} days of the month. A day is followed from the episode's first day to its last day, both
 * inclusive (open episodes: to the end of the month); with {@code pausedCounts} false, the days paused all day are
 * left out (the day of pausing and the day of resuming count as followed). A patient counts once per municipality and
 * month, whatever number of episodes: the followed days of all the patient's episodes in the month are taken together.
 */
public record RecipientRule(boolean pausedCounts, int minimumDays) {

    /** The defaults: paused patients count, and one followed day of the month is enough. */
    public static final RecipientRule DEFAULT = new RecipientRule(true, 1);

    public RecipientRule {
        if (minimumDays < 1 || minimumDays > 31) {
            throw new IllegalArgumentException("minimumDays must be 1..31, not " + minimumDays);
        }
    }

    /** The episode states that count, by name, for reports: ACTIVE_BASELINE, ACTIVE and, when counted, PAUSED. */
    public List<String> countedStates() {
        return pausedCounts ? List.of("ACTIVE_BASELINE", "ACTIVE", "PAUSED") : List.of("ACTIVE_BASELINE", "ACTIVE");
    }

    /** The days of {@code month} on which {@code span} was followed by this rule. */
    public Set<LocalDate> followedDays(FollowedSpan span, YearMonth month) {
        Set<LocalDate> days = new TreeSet<>();
        LocalDate first = span.firstDay().isAfter(month.atDay(1)) ? span.firstDay() : month.atDay(1);
        LocalDate last = span.lastDay().filter(d -> d.isBefore(month.atEndOfMonth())).orElse(month.atEndOfMonth());
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            LocalDate d = day;
            if (pausedCounts || span.pauses().stream().noneMatch(p -> p.coversWholeDay(d))) {
                days.add(day);
            }
        }
        return days;
    }

    /** Does the patient of {@code spans} (all of one patient and municipality) count in {@code month}? */
    public boolean counts(Collection<FollowedSpan> spans, YearMonth month) {
        Set<LocalDate> days = new HashSet<>();
        for (FollowedSpan span : spans) {
            days.addAll(followedDays(span, month));
            if (days.size() >= minimumDays) {
                return true;
            }
        }
        return false;
    }

    /**
     * The recipients of every municipality and month from {@code from} to {@code to} (inclusive): municipality ->
     * month -> the patients counted. Municipalities and months with none are absent.
     */
    public Map<String, Map<YearMonth, Set<String>>> recipients(Collection<FollowedSpan> spans, YearMonth from,
                                                               YearMonth to) {
        Map<String, Map<String, List<FollowedSpan>>> byMunicipalityAndPatient = new TreeMap<>();
        for (FollowedSpan span : spans) {
            byMunicipalityAndPatient.computeIfAbsent(span.municipality(), m -> new HashMap<>())
                    .computeIfAbsent(span.patient(), p -> new ArrayList<>()).add(span);
        }
        Map<String, Map<YearMonth, Set<String>>> result = new TreeMap<>();
        byMunicipalityAndPatient.forEach((municipality, patients) -> patients.forEach((patient, own) -> {
            for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
                if (counts(own, month)) {
                    result.computeIfAbsent(municipality, m -> new TreeMap<>())
                            .computeIfAbsent(month, m -> new TreeSet<>()).add(patient);
                }
            }
        }));
        return result;
    }
}

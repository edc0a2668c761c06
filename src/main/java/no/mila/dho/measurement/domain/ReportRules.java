package no.mila.dho.measurement.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.mila.dho.patient.domain.EpisodeState;

/**
 * The one home of what makes a report acceptable (the request's shape, required ids and text lengths, is bean
 * validation's): the patient takes reports (an allocated episode with a threshold version in force); a note only
 * on a patient's behalf; a measured time not in the future (beyond a few minutes of clock skew) and not before the
 * episode began (less a margin for values measured offline just before allocation); at least one value or answer;
 * the values by {@link ValueRules}; each answer one of the options of the patient's questionnaire. Each problem
 * names its field.
 */
public final class ReportRules {

    /** How far a phone's clock may run ahead of ours. */
    public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

    /**
     * How many calendar days before the episode's start date (the allocation) a value may have been measured:
     * a patient trained at the assessment visit may measure offline before the app is set up.
     */
    public static final int DAYS_BEFORE_START = 7;

    /** The zone the start date is a calendar date in. */
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private ReportRules() {
    }

    /** A value as sent, with the unit the sender wrote and the field it came in. */
    public record Sent(MeasurementType type, BigDecimal value, String unit, String field) {
    }

    /** A problem with one field. */
    public record Problem(String field, String message) {
    }

    /**
     * Whether the patient takes reports: an allocated episode ({@link EpisodeState#isAllocated()}, null when there
     * is no open episode) that has started, with a threshold set version in force to evaluate against.
     */
    public static boolean takesReports(EpisodeState state, LocalDate episodeStart, boolean thresholdsInForce) {
        return state != null && state.isAllocated() && episodeStart != null && thresholdsInForce;
    }

    /** A note is only for reports entered on a patient's behalf (it says how the values were got). */
    public static Optional<Problem> note(boolean onBehalf, String note) {
        return onBehalf || note == null ? Optional.empty()
                : Optional.of(new Problem("note", "is only for reports entered on a patient's behalf"));
    }

    /** The earliest accepted measuring time: 00:00 Europe/Oslo, {@value #DAYS_BEFORE_START} days before the start. */
    public static Instant earliestMeasuredAt(LocalDate episodeStart) {
        return episodeStart.minusDays(DAYS_BEFORE_START).atStartOfDay(OSLO).toInstant();
    }

    /** Every problem of a report's content: {@link #check} and then {@link #symptoms}, in that order. */
    public static List<Problem> problems(Instant measuredAt, Instant now, LocalDate episodeStart, List<Sent> values,
                                         Map<String, String> answers, List<SymptomQuestion> questionnaire) {
        List<Problem> problems = new ArrayList<>(check(measuredAt, now, episodeStart, values, answers.size()));
        problems.addAll(symptoms(answers, questionnaire));
        return problems;
    }

    /** The measured time, the presence of content and the values ({@code answers}: how many were sent). */
    public static List<Problem> check(Instant measuredAt, Instant now, LocalDate episodeStart, List<Sent> values,
                                      int answers) {
        List<Problem> problems = new ArrayList<>();
        if (measuredAt.isAfter(now.plus(MAX_CLOCK_SKEW))) {
            problems.add(new Problem("measuredAt", "is in the future"));
        } else if (measuredAt.isBefore(earliestMeasuredAt(episodeStart))) {
            problems.add(new Problem("measuredAt", "is more than " + DAYS_BEFORE_START
                    + " days before the start of the patient's follow-up (" + episodeStart + ")"));
        }
        if (values.isEmpty() && answers == 0) {
            problems.add(new Problem("body", "a report holds at least one measurement or symptom answer"));
        }
        problems.addAll(ValueRules.check(values));
        return problems;
    }

    /** Each answer (question code → option code) must be one of the options of a question of the questionnaire. */
    public static List<Problem> symptoms(Map<String, String> answers, List<SymptomQuestion> questionnaire) {
        Map<String, SymptomQuestion> byCode = new HashMap<>();
        questionnaire.forEach(q -> byCode.put(q.code(), q));
        List<Problem> problems = new ArrayList<>();
        answers.forEach((question, option) -> {
            SymptomQuestion asked = byCode.get(question);
            if (asked == null) {
                problems.add(new Problem("symptoms." + question, "is not a question of the patient's questionnaire"));
            } else if (asked.option(option).isEmpty()) {
                problems.add(new Problem("symptoms." + question, "must be one of "
                        + asked.options().stream().map(SymptomQuestion.Option::code).toList()));
            }
        });
        return problems;
    }

    /** The values sent, by type (the last one of a type wins; a value without a number is left out). */
    public static Map<MeasurementType, BigDecimal> byType(List<Sent> values) {
        Map<MeasurementType, BigDecimal> byType = new EnumMap<>(MeasurementType.class);
        values.stream().filter(v -> v.value() != null).forEach(v -> byType.put(v.type(), v.value()));
        return byType;
    }
}

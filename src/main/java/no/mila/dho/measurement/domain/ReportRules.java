package no.mila.dho.measurement.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What makes a report acceptable: canonical units, physiologically possible values with at most two decimals,
 * systolic above diastolic, a measured time not in the future (beyond a few minutes of clock skew) and not
 * before the patient's episode began (less a margin for values measured offline just before allocation), and
 * at least one value or answer. Each problem names its field.
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

    /** The earliest accepted measuring time: 00:00 Europe/Oslo, {@value #DAYS_BEFORE_START} days before the start. */
    public static Instant earliestMeasuredAt(LocalDate episodeStart) {
        return episodeStart.minusDays(DAYS_BEFORE_START).atStartOfDay(OSLO).toInstant();
    }

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
        for (Sent sent : values) {
            String valueField = sent.field();
            if (sent.value() == null) {
                problems.add(new Problem(valueField, "is required"));
                continue;
            }
            if (!sent.type().unit().equals(sent.unit())) {
                problems.add(new Problem(unitField(sent), "must be " + sent.type().unit()));
            }
            if (!sent.type().isPossible(sent.value())) {
                problems.add(new Problem(valueField, "must be between " + sent.type().possibleMin() + " and "
                        + sent.type().possibleMax() + " " + sent.type().unit()));
            } else if (sent.value().stripTrailingZeros().scale() > 2) {
                problems.add(new Problem(valueField, "has more than two decimals"));
            }
        }
        Map<MeasurementType, BigDecimal> byType = new java.util.EnumMap<>(MeasurementType.class);
        values.stream().filter(v -> v.value() != null).forEach(v -> byType.put(v.type(), v.value()));
        BigDecimal systolic = byType.get(MeasurementType.SYSTOLIC);
        BigDecimal diastolic = byType.get(MeasurementType.DIASTOLIC);
        if ((systolic == null) != (diastolic == null)) {
            problems.add(new Problem("bloodPressure", "needs both systolic and diastolic"));
        } else if (systolic != null && systolic.compareTo(diastolic) <= 0) {
            problems.add(new Problem("bloodPressure.systolic", "must be above diastolic"));
        }
        return problems;
    }

    private static String unitField(Sent sent) {
        return sent.field().contains(".") ? sent.field().substring(0, sent.field().lastIndexOf('.')) + ".unit"
                : sent.field() + ".unit";
    }
}

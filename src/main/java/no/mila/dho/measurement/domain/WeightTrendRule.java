package no.mila.dho.measurement.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import no.mila.dho.shared.time.NorwegianCalendar;

/**
 * Weight gain over the last days (heart failure): the gain is the weight now minus the lowest valid weight
 * measured before it in the window: the same calendar day and the {@code windowDays} calendar days before it, in
 * {@link #CALENDAR} (for 3: today and the 3 days before). A gain of {@code yellowGainKg} or more is yellow, of
 * {@code redGainKg} or more red (default +2.0 kg / +3.0 kg within 3 days).
 */
public record WeightTrendRule(BigDecimal yellowGainKg, BigDecimal redGainKg, int windowDays) {

    /** The zone whose calendar days the window counts: the follow-up service's, Europe/Oslo. */
    public static final ZoneId CALENDAR = NorwegianCalendar.OSLO;

    public WeightTrendRule {
        if (yellowGainKg.signum() <= 0 || redGainKg.compareTo(yellowGainKg) <= 0 || windowDays < 1 || windowDays > 14) {
            throw new IllegalArgumentException("a weight trend needs 0 < yellow gain < red gain and a window of 1-14 days");
        }
    }

    public static WeightTrendRule standard() {
        return new WeightTrendRule(new BigDecimal("2.0"), new BigDecimal("3.0"), 3);
    }

    public Zone classify(BigDecimal gainKg) {
        if (gainKg.compareTo(redGainKg) >= 0) {
            return Zone.RED;
        }
        return gainKg.compareTo(yellowGainKg) >= 0 ? Zone.YELLOW : Zone.GREEN;
    }

    /**
     * The first instant of the window for a weight measured at {@code measuredAt}: midnight in {@code zone} at the
     * start of the calendar day {@code windowDays} before the weight's own date (days of 23 or 25 hours included).
     */
    public Instant windowStart(Instant measuredAt, ZoneId zone) {
        return measuredAt.atZone(zone).toLocalDate().minusDays(windowDays).atStartOfDay(zone).toInstant();
    }

    /** Whether a weight measured at {@code earlier} counts against one measured at {@code measuredAt}. */
    public boolean inWindow(Instant earlier, Instant measuredAt, ZoneId zone) {
        return earlier.isBefore(measuredAt) && !earlier.isBefore(windowStart(measuredAt, zone));
    }
}

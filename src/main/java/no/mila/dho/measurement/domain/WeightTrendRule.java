package no.mila.dho.measurement.domain;

import java.math.BigDecimal;

/**
 * Weight gain over the last days (heart failure): the gain is the weight now minus the lowest valid weight
 * measured within {@code windowDays} (as 24-hour periods) before it. A gain of {@code yellowGainKg} or more is
 * yellow, of {@code redGainKg} or more red (default +2.0 kg / +3.0 kg within 3 days).
 */
public record WeightTrendRule(BigDecimal yellowGainKg, BigDecimal redGainKg, int windowDays) {

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
}

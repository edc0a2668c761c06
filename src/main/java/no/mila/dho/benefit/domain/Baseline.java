package no.mila.dho.benefit.domain;

/**
 * A patient's baseline taken at allocation: home nursing visits and minutes per month, and the KAD and short-term
 * stay days of the 12 months before; {@code null} where not recorded.
 */
public record Baseline(Integer visitsPerMonth, Integer minutesPerMonth, Integer kadDays12Months,
                       Integer shortTermDays12Months) {

    public static final Baseline NONE = new Baseline(null, null, null, null);
}

package no.mila.dho.shared.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of Norwegian kroner, exact to the øre (two decimals). Arithmetic that cannot stay exact (a division, a
 * percentage) rounds to the øre <b>half up</b> ({@link #ROUNDING}), once, where the method says so; sums of amounts
 * are exact. The economics' rules say where they round (docs/economics.md).
 */
public record Nok(BigDecimal amount) implements Comparable<Nok> {

    /** The one rounding of money: to the øre, half up (0.005 becomes 0.01). */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    /** Øre: two decimals. */
    public static final int SCALE = 2;
    public static final Nok ZERO = new Nok(BigDecimal.ZERO);

    /** @throws IllegalArgumentException for more than two decimals: round first ({@link #rounded}) */
    public Nok {
        Objects.requireNonNull(amount, "amount");
        if (amount.stripTrailingZeros().scale() > SCALE) {
            throw new IllegalArgumentException("An amount of NOK has at most two decimals (øre): " + amount);
        }
        amount = amount.setScale(SCALE, ROUNDING);
    }

    public static Nok of(long kroner) {
        return new Nok(BigDecimal.valueOf(kroner));
    }

    /** {@code "12240.50"}: exact, at most two decimals. */
    public static Nok of(String amount) {
        return new Nok(new BigDecimal(amount));
    }

    /** Any exact value rounded to the øre, half up. */
    public static Nok rounded(BigDecimal exact) {
        return new Nok(exact.setScale(SCALE, ROUNDING));
    }

    public Nok plus(Nok other) {
        return new Nok(amount.add(other.amount));
    }

    public Nok minus(Nok other) {
        return new Nok(amount.subtract(other.amount));
    }

    /** Exact: a whole number of units (recipients, months). */
    public Nok times(long count) {
        return new Nok(amount.multiply(BigDecimal.valueOf(count)));
    }

    /** Rounded to the øre, half up: a factor with decimals (a mark-up, a share, hours). */
    public Nok timesRounded(BigDecimal factor) {
        return rounded(amount.multiply(factor));
    }

    /** Rounded to the øre, half up. @throws ArithmeticException when {@code divisor} is zero */
    public Nok dividedBy(BigDecimal divisor) {
        return new Nok(amount.divide(divisor, SCALE, ROUNDING));
    }

    public Nok dividedBy(long divisor) {
        return dividedBy(BigDecimal.valueOf(divisor));
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    @Override
    public int compareTo(Nok other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " NOK";
    }
}

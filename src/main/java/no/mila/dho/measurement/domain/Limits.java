package no.mila.dho.measurement.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Up to four limits for one measurement type. Semantics (a value equal to a limit is on its milder side):
 * <ul>
 *   <li>RED when value &lt; redLow or value &gt; redHigh;</li>
 *   <li>else YELLOW when value &lt; yellowLow or value &gt; yellowHigh;</li>
 *   <li>else GREEN.</li>
 * </ul>
 * Every limit is optional; present limits must be ordered redLow &lt; yellowLow &lt; yellowHigh &lt; redHigh.
 */
public record Limits(BigDecimal redLow, BigDecimal yellowLow, BigDecimal yellowHigh, BigDecimal redHigh) {

    public static final Limits NONE = new Limits(null, null, null, null);

    public static Limits of(Number redLow, Number yellowLow, Number yellowHigh, Number redHigh) {
        return new Limits(dec(redLow), dec(yellowLow), dec(yellowHigh), dec(redHigh));
    }

    private static BigDecimal dec(Number n) {
        return n == null ? null : new BigDecimal(n.toString());
    }

    /** The zone of {@code value} and, when not green, the limit it crossed. */
    public Classification classify(BigDecimal value) {
        if (redLow != null && value.compareTo(redLow) < 0) {
            return new Classification(Zone.RED, Optional.of(redLow), true);
        }
        if (redHigh != null && value.compareTo(redHigh) > 0) {
            return new Classification(Zone.RED, Optional.of(redHigh), false);
        }
        if (yellowLow != null && value.compareTo(yellowLow) < 0) {
            return new Classification(Zone.YELLOW, Optional.of(yellowLow), true);
        }
        if (yellowHigh != null && value.compareTo(yellowHigh) > 0) {
            return new Classification(Zone.YELLOW, Optional.of(yellowHigh), false);
        }
        return new Classification(Zone.GREEN, Optional.empty(), false);
    }

    /** The zone, the crossed limit, and whether the value was below it (else above). */
    public record Classification(Zone zone, Optional<BigDecimal> crossedLimit, boolean below) {
    }

    /** Why these limits are unusable (out of order), or empty. */
    public List<String> orderProblems() {
        List<BigDecimal> present = new ArrayList<>();
        List<String> names = new ArrayList<>();
        add(present, names, redLow, "redLow");
        add(present, names, yellowLow, "yellowLow");
        add(present, names, yellowHigh, "yellowHigh");
        add(present, names, redHigh, "redHigh");
        List<String> problems = new ArrayList<>();
        for (int i = 1; i < present.size(); i++) {
            if (present.get(i - 1).compareTo(present.get(i)) >= 0) {
                problems.add(names.get(i - 1) + " must be below " + names.get(i));
            }
        }
        return problems;
    }

    private static void add(List<BigDecimal> values, List<String> names, BigDecimal value, String name) {
        if (value != null) {
            values.add(value);
            names.add(name);
        }
    }
}

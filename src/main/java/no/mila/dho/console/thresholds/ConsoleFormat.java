package no.mila.dho.console.thresholds;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * How the console writes times and numbers for a Norwegian reader: {@code dd.MM.yyyy HH:mm} in Europe/Oslo, decimals
 * with a comma and no trailing zeros ({@code 37,5}, {@code 88}); and how it reads a number typed in a form (comma or
 * point). Public: the plan pages write the same way.
 */
public final class ConsoleFormat {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Oslo"));

    private ConsoleFormat() {
    }

    /** {@code dd.MM.yyyy HH:mm} in Europe/Oslo; "" for none. */
    public static String dateTime(Instant at) {
        return at == null ? "" : DATE_TIME.format(at);
    }

    /** {@code 37,5}; "" for none. */
    public static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /** The difference {@code to - from} with its sign ({@code +2}, {@code −1,5}), or a word when a side is missing. */
    public static String difference(BigDecimal from, BigDecimal to) {
        if (from == null && to == null) {
            return "";
        }
        if (from == null) {
            return "ny";
        }
        if (to == null) {
            return "fjernet";
        }
        BigDecimal d = to.subtract(from);
        return d.signum() == 0 ? "" : (d.signum() > 0 ? "+" : "\u2212") + number(d.abs());
    }

    /** A typed number ({@code 37,5} or {@code 37.5}); null for blank. */
    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return new BigDecimal(text.strip().replace(',', '.').replace("\u2212", "-"));
    }
}

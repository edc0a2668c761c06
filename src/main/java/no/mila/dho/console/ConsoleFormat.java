package no.mila.dho.console;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * How the console writes times and numbers for a Norwegian reader: {@code dd.MM.yyyy HH:mm} in Europe/Oslo, decimals
 * with a comma and no trailing zeros ({@code 37,5}, {@code 88}); and how it reads a number typed in a form (comma or
 * point). One home for every console page.
 */
public final class ConsoleFormat {

    /** The console's time zone: the follow-up service's. */
    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(OSLO);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(OSLO);

    private ConsoleFormat() {
    }

    /** {@code dd.MM.yyyy HH:mm} in Europe/Oslo; "" for none. */
    public static String dateTime(Instant at) {
        return at == null ? "" : DATE_TIME.format(at);
    }

    /** {@code dd.MM.yyyy}; "" for none. */
    public static String date(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    /** {@code HH:mm:ss} in Europe/Oslo. */
    public static String time(Instant at) {
        return TIME.format(at);
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

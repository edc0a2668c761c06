package no.mila.dho.collaboration.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/** The small pieces every message text is made of: Norwegian dates and bulleted lines. */
final class Texts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private Texts() {
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** The lines as a bulleted list, or {@code none} when there are none. */
    static String bullets(List<String> lines, String none) {
        return lines.isEmpty() ? "- " + none : lines.stream().map(l -> "- " + l).collect(Collectors.joining("\n"));
    }

    /** "1 måling" / "3 målinger". */
    static String measurements(int count) {
        return count == 1 ? "1 måling" : count + " målinger";
    }
}

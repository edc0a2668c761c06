package no.mila.dho.console.municipality;

import io.quarkus.qute.TemplateData;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A form of the coordinator's pages as the browser sent it: the values typed (kept when the form is shown again after
 * a refusal), the problem of each field in Norwegian (shown next to the field), and the page's message.
 */
@TemplateData
public final class FormState {

    private static final DateTimeFormatter NORWEGIAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu");

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> problems = new LinkedHashMap<>();
    private String message;

    /** An empty form. */
    static FormState empty() {
        return new FormState();
    }

    FormState with(String field, String value) {
        values.put(field, value == null ? "" : value);
        return this;
    }

    FormState problem(String field, String problem) {
        problems.putIfAbsent(field, problem);
        return this;
    }

    FormState message(String text) {
        this.message = text;
        return this;
    }

    /** The typed value of a field, "" for none. */
    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    /** Whether a checkbox or radio field has this value. */
    public boolean is(String field, String value) {
        return value.equals(values.get(field));
    }

    /** The problem of a field in Norwegian, or "" (none). */
    public String problemOf(String field) {
        return problems.getOrDefault(field, "");
    }

    public boolean invalid(String field) {
        return problems.containsKey(field);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public String getMessage() {
        return message;
    }

    /** A required date typed as {@code dd.MM.yyyy} (or {@code yyyy-MM-dd}); null and a problem if not. */
    LocalDate date(String field) {
        String t = text(field);
        if (t == null) {
            problem(field, "Fyll inn datoen.");
            return null;
        }
        try {
            return t.contains(".") ? LocalDate.parse(t, NORWEGIAN_DATE) : LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            problem(field, "Skriv datoen som dd.mm.åååå.");
            return null;
        }
    }

    /** A whole number from 0 to {@code max}; null when blank (a problem if {@code required}) or not such a number. */
    Integer number(String field, boolean required, int max) {
        String t = text(field);
        if (t == null) {
            if (required) {
                problem(field, "Fyll inn et tall.");
            }
            return null;
        }
        try {
            int n = Integer.parseInt(t);
            if (n >= 0 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // the problem below
        }
        problem(field, "Skriv et helt tall fra 0 til " + max + ".");
        return null;
    }

    /** A required text of at most {@code max} characters; null and a problem if not. */
    String required(String field, int max, String missing) {
        String t = text(field);
        if (t == null) {
            problem(field, missing);
        } else if (t.length() > max) {
            problem(field, "Skriv høyst " + max + " tegn.");
            return null;
        }
        return t;
    }

    /** The value of a field with blank as null. */
    String text(String field) {
        String v = values.get(field);
        return v == null || v.isBlank() ? null : v.strip();
    }
}

package no.mila.dho.municipality.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/** A Norwegian municipality number (kommunenummer): exactly four digits, e.g. {@code 3209} for Ullensaker. */
public record MunicipalityNumber(String value) {

    private static final Pattern FOUR_DIGITS = Pattern.compile("[0-9]{4}");

    public MunicipalityNumber {
        Objects.requireNonNull(value, "municipality number");
        if (!FOUR_DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("a municipality number is four digits");
        }
    }

    public static boolean isValid(String candidate) {
        return candidate != null && FOUR_DIGITS.matcher(candidate).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}

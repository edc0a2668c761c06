package no.mila.dho.patient.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A Norwegian national identity number (fødselsnummer) or D-number: 11 digits, DDMMYY + individual number
 * (3) + two mod-11 check digits. A D-number adds 4 to the first digit of the day. Synthetic test numbers
 * (Skatteetaten's Tenor test data) add 80 to the month; they are valid here only where test data are allowed.
 */
public record NationalIdentityNumber(String value) {

    private static final int[] WEIGHTS_1 = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    private static final int[] WEIGHTS_2 = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    public NationalIdentityNumber {
        Optional<String> problem = problemWith(value);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
    }

    /** Why {@code candidate} is not a valid number, or empty when it is. */
    public static Optional<String> problemWith(String candidate) {
        if (candidate == null || candidate.isEmpty()) {
            return Optional.of("is required");
        }
        if (!candidate.chars().allMatch(Character::isDigit)) {
            return Optional.of("must contain digits only");
        }
        if (candidate.length() != 11) {
            return Optional.of("must be 11 digits");
        }
        int[] d = candidate.chars().map(c -> c - '0').toArray();
        if (checkDigit(d, WEIGHTS_1) != d[9]) {
            return Optional.of("has a wrong first check digit");
        }
        if (checkDigit(d, WEIGHTS_2) != d[10]) {
            return Optional.of("has a wrong second check digit");
        }
        if (birthDateOf(candidate).isEmpty()) {
            return Optional.of("does not hold a valid birth date");
        }
        return Optional.empty();
    }

    public static boolean isValid(String candidate) {
        return problemWith(candidate).isEmpty();
    }

    /** 0-9, or -1 when the weighted sum gives remainder 1 (no valid check digit exists). */
    private static int checkDigit(int[] digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += digits[i] * weights[i];
        }
        int k = 11 - sum % 11;
        return k == 11 ? 0 : k == 10 ? -1 : k;
    }

    public boolean isDNumber() {
        return isDNumber(value);
    }

    /** Whether an 11-digit number is a D-number (4 added to the first digit of the birth day), without checking it. */
    public static boolean isDNumber(String number) {
        return number.charAt(0) >= '4';
    }

    /** A synthetic test number (month + 80): never a real person. */
    public boolean isSynthetic() {
        return Integer.parseInt(value.substring(2, 4)) > 80;
    }

    public LocalDate birthDate() {
        return birthDateOf(value).orElseThrow();
    }

    /** The number with the individual number and check digits hidden, e.g. {@code 010190*****}. */
    public String masked() {
        return value.substring(0, 6) + "*****";
    }

    private static Optional<LocalDate> birthDateOf(String number) {
        int day = Integer.parseInt(number.substring(0, 2));
        int month = Integer.parseInt(number.substring(2, 4));
        int year = Integer.parseInt(number.substring(4, 6));
        int individual = Integer.parseInt(number.substring(6, 9));
        if (day > 40) {
            day -= 40;
        }
        if (month > 80) {
            month -= 80;
        }
        Optional<Integer> century = century(individual, year);
        if (century.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(century.get() + year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The century from the individual number, by Skatteetaten's ranges. */
    private static Optional<Integer> century(int individual, int year) {
        if (individual <= 499) {
            return Optional.of(1900);
        }
        if (individual <= 749 && year >= 54) {
            return Optional.of(1800);
        }
        if (year <= 39) {
            return Optional.of(2000);
        }
        if (individual >= 900) {
            return Optional.of(1900);
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return masked();
    }
}

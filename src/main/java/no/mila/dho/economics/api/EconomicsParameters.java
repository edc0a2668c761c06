package no.mila.dho.economics.api;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;
import no.mila.dho.municipality.domain.MunicipalityNumber;
import no.mila.dho.shared.problem.ProblemException;

/** The query and path parameters of the economics endpoints, read strictly: 400 naming the parameter. */
final class EconomicsParameters {

    private static final Pattern MONTH = Pattern.compile("[0-9]{4}-[0-9]{2}");
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");

    private EconomicsParameters() {
    }

    /** A year 2020..2100 (the years {@code economics_year} may hold). */
    static int year(String value, String field) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(field, "is required (a year, e.g. 2027)");
        }
        if (!YEAR.matcher(value).matches() || Integer.parseInt(value) < 2020 || Integer.parseInt(value) > 2100) {
            throw ProblemException.invalid(field, "must be a year 2020..2100");
        }
        return Integer.parseInt(value);
    }

    /** A month as {@code 2027-03}. */
    static YearMonth month(String value, String field) {
        if (value == null || !MONTH.matcher(value).matches()) {
            throw ProblemException.invalid(field, "must be a month as yyyy-MM, e.g. 2027-03");
        }
        try {
            YearMonth month = YearMonth.parse(value);
            year(String.valueOf(month.getYear()), field);
            return month;
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be a month as yyyy-MM, e.g. 2027-03");
        }
    }

    /** A municipality number, four digits. */
    static String municipality(String value, String field) {
        if (!MunicipalityNumber.isValid(value)) {
            throw ProblemException.invalid(field, "must be a municipality number of four digits");
        }
        return value;
    }

    static Optional<String> optionalMunicipality(String value, String field) {
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(municipality(value, field));
    }
}

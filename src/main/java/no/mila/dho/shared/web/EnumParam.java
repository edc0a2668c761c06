package no.mila.dho.shared.web;

import java.util.Arrays;
import no.mila.dho.shared.problem.ProblemException;

/**
 * A query parameter naming an enum constant. JAX-RS answers 404 when a query parameter does not convert; this
 * answers 400 naming the parameter and the allowed values instead.
 */
public final class EnumParam {

    private EnumParam() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String value, String name) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(name, "is required; one of " + Arrays.toString(type.getEnumConstants()));
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}

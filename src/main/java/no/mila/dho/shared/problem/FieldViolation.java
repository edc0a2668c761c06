package no.mila.dho.shared.problem;

/**
 * One invalid input field of a rejected request: the JSON path of the field (e.g. {@code bloodPressure.systolic})
 * or the name of the query/path parameter, and what is wrong with it.
 */
public record FieldViolation(String field, String message) {
}

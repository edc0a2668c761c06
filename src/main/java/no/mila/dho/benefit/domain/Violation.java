package no.mila.dho.benefit.domain;

/** A rejected value of a report: the field as named in the request body, and why. */
public record Violation(String field, String message) {
}

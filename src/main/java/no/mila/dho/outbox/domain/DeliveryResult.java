package no.mila.dho.outbox.domain;

import java.util.Objects;

/**
 * What a transport reports of one attempt: DELIVERED (the receiver accepted the message), TEMPORARY (try again later:
 * a timeout, a dropped connection, a 5xx, a 408 or 429) or PERMANENT (trying again cannot help: the receiver refused
 * the message as such; parked as FAILED at once). {@code detail} says why, for the FAILED list (no patient data).
 */
public record DeliveryResult(Outcome outcome, String detail) {

    public enum Outcome {
        DELIVERED, TEMPORARY, PERMANENT
    }

    public DeliveryResult {
        Objects.requireNonNull(outcome, "outcome");
        detail = detail == null ? "" : detail;
    }

    public static DeliveryResult delivered() {
        return new DeliveryResult(Outcome.DELIVERED, "");
    }

    public static DeliveryResult temporary(String detail) {
        return new DeliveryResult(Outcome.TEMPORARY, detail);
    }

    public static DeliveryResult permanent(String detail) {
        return new DeliveryResult(Outcome.PERMANENT, detail);
    }
}

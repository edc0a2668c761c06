package no.mila.dho.alert.domain;

import java.time.Instant;

/**
 * One step of the handling of an alert (or a task), as its trail keeps it: who claimed, released or closed it,
 * when, and with what.
 */
public record HandlingStep(Kind kind, Instant at, String actorSubject, String actorName, String actorRole,
                           Outcome outcome, String note) {

    /** The steps of the handling. */
    public enum Kind { CLAIMED, RELEASED, CLOSED }
}

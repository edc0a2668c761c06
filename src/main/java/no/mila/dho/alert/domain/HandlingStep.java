package no.mila.dho.alert.domain;

import java.time.Instant;

/**
 * One step of the handling of an alert (or a task), as its trail keeps it: who claimed, released, closed, took over
 * or reassigned it, when, and with what; a hand-over also names from whom to whom and why ({@link HandOver}).
 */
public record HandlingStep(Kind kind, Instant at, String actorSubject, String actorName, String actorRole,
                           Outcome outcome, String note, HandOver handOver) {

    /** The steps of the handling. */
    public enum Kind {
        CLAIMED, RELEASED, CLOSED,
        /** A nurse took over an item another nurse held. */
        TAKEN_OVER,
        /** A team leader gave the item to a named nurse. */
        REASSIGNED,
        /** The job gave back to the list an item claimed too long ago. */
        IDLE_RELEASED
    }

    /** A step that hands nothing over: claim, release, close. */
    public HandlingStep(Kind kind, Instant at, String actorSubject, String actorName, String actorRole,
                        Outcome outcome, String note) {
        this(kind, at, actorSubject, actorName, actorRole, outcome, note, null);
    }

    /**
     * From whom to whom an item went, and why: the nurse who held it, the nurse who holds it now (null when it went
     * back to the list) and the reason given.
     */
    public record HandOver(Nurse from, Nurse to, String reason) {
    }

    /** A nurse as the trail names them: the token subject and the name (or else the subject). */
    public record Nurse(String subject, String name) {
    }
}

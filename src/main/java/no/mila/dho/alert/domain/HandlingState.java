package no.mila.dho.alert.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * An alert as it stands in its handling, and who may take the next step: a nurse claims it while it is open (of
 * two nurses claiming, the first wins); only the nurse holding it releases it or closes it; another nurse may take
 * it over from its holder, a team leader may reassign it to a named nurse, and a claim left idle goes back to the
 * list; a closed one never changes. The worklist's tasks follow the same rules. Each rule answers why it refuses,
 * or nothing. Who is a nurse or a team leader is the caller's role (checked before these rules).
 *
 * @param id            the alert (or task)
 * @param patientId     whose it is
 * @param status        where it stands
 * @param holderSubject the subject of the nurse who claimed it (null while open)
 * @param holderName    the name (or else the subject) of the nurse who claimed it
 * @param claimedAt     when it was claimed
 * @param closedBy      the name (or else the subject) of the nurse who closed it
 * @param closedAt      when it was closed
 * @param outcome       how it was closed
 * @param note          what was done
 */
public record HandlingState(UUID id, UUID patientId, HandlingStatus status, String holderSubject, String holderName,
                            Instant claimedAt, String closedBy, Instant closedAt, Outcome outcome, String note) {

    /** Why the {@code item} ("alert", "task") may not be claimed, if so: only while it is open. */
    public Optional<String> refuseClaim(String item) {
        return status == HandlingStatus.OPEN ? Optional.empty()
                : Optional.of("The " + item + " is " + describe() + "; it can be claimed only while open");
    }

    /** Why {@code me} may not give the {@code item} back to the list, if so (only its holder may). */
    public Optional<String> refuseRelease(String item, String me) {
        return heldBy(me) ? Optional.empty()
                : Optional.of("Only the nurse holding the " + item + " can release it; it is " + describe());
    }

    /** Why {@code me} may not close the {@code item}, if so (only its holder may: claim it first). */
    public Optional<String> refuseClose(String item, String me) {
        return heldBy(me) ? Optional.empty()
                : Optional.of("Claim the " + item + " before closing it; it is " + describe());
    }

    /**
     * Why {@code me} may not take the {@code item} over, if so: only one another nurse holds (an open one is
     * claimed, one's own is held already, a closed one never changes).
     */
    public Optional<String> refuseTakeOver(String item, String me) {
        if (status != HandlingStatus.CLAIMED) {
            return Optional.of("The " + item + " is " + describe() + "; only one another nurse holds can be taken over"
                    + (status == HandlingStatus.OPEN ? ": claim it" : ""));
        }
        return heldBy(me) ? Optional.of("You hold the " + item + " already") : Optional.empty();
    }

    /**
     * Why the {@code item} may not be reassigned to the nurse {@code to}, if so: an open or claimed one may, not to
     * the nurse holding it already.
     */
    public Optional<String> refuseReassign(String item, String to) {
        if (status == HandlingStatus.CLOSED) {
            return Optional.of("The " + item + " is closed; it can be reassigned only while open or claimed");
        }
        return heldBy(to) ? Optional.of("The " + item + " is " + describe() + " already") : Optional.empty();
    }

    /** Whether the claim is idle at {@code now}: claimed (or handed over) longer than {@code limit} ago. */
    public boolean idleAt(Instant now, Duration limit) {
        return status == HandlingStatus.CLAIMED && claimedAt != null && claimedAt.plus(limit).isBefore(now);
    }

    /** The nurse holding it; null while open or closed. */
    public HandlingStep.Nurse holder() {
        return status == HandlingStatus.CLAIMED ? new HandlingStep.Nurse(holderSubject, holderName) : null;
    }

    /** Closing with the outcome OTHER says what was done: the note is required. */
    public static boolean needsNote(Outcome outcome, String note) {
        return outcome == Outcome.OTHER && (note == null || note.isBlank());
    }

    /** "open", "claimed by Sykepleier Nora", "closed". */
    public String describe() {
        return status == HandlingStatus.CLAIMED ? "claimed by " + holderName : status.name().toLowerCase();
    }

    private boolean heldBy(String me) {
        return status == HandlingStatus.CLAIMED && me != null && me.equals(holderSubject);
    }
}

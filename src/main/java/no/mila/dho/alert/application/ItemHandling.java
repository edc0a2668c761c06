package no.mila.dho.alert.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.mila.dho.alert.domain.HandledItems;
import no.mila.dho.alert.domain.HandlingState;
import no.mila.dho.alert.domain.HandlingStep;
import no.mila.dho.alert.domain.HandlingTrail;
import no.mila.dho.alert.domain.Outcome;

/**
 * Claiming, releasing, closing and handing over the items of one kind on the worklist, and reading their handling:
 * {@link AlertHandling} for alerts, and the worklist's tasks the same way. Each step runs in a transaction of
 * its own ({@link HandlingSteps}, {@link HandOvers}) and is refused with 409 where {@link HandlingState} says so.
 */
public class ItemHandling {

    private final HandlingSteps steps;
    private final HandOvers handOvers;
    private final HandledItems items;
    private final HandlingTrail trail;

    protected ItemHandling(HandlingSteps steps, HandOvers handOvers, HandledItems items, HandlingTrail trail) {
        this.steps = steps;
        this.handOvers = handOvers;
        this.items = items;
        this.trail = trail;
    }

    /** Claims the item while open; 409 when someone else holds it or it is closed. */
    public void claim(UUID id) {
        steps.claim(items, trail, id);
    }

    /** Gives the item back to the list; 409 unless the caller holds it. */
    public void release(UUID id) {
        steps.release(items, trail, id);
    }

    /** Closes the item with an outcome and a note; 409 unless the caller holds it. */
    public void close(UUID id, Outcome outcome, String note) {
        steps.close(items, trail, id, outcome, note);
    }

    /** Takes over the item another nurse holds, saying why; 409 when it is open, closed or the caller's own. */
    public void takeOver(UUID id, String reason) {
        handOvers.takeOver(items, trail, id, reason);
    }

    /** Gives the item (open or claimed) to the nurse {@code nurse} (a token subject), saying why. */
    public void reassign(UUID id, String nurse, String reason) {
        handOvers.reassign(items, trail, id, nurse, reason);
    }

    /** Releases one batch of claims older than {@code idle} at {@code now}, in the caller's transaction. */
    public int releaseIdle(Instant now, Duration idle, int batch) {
        return handOvers.releaseIdle(items, trail, now, idle, batch);
    }

    /** The item as it stands, with its trail. */
    public Details details(UUID id) {
        return details(steps.found(items, id), trail.of(id));
    }

    /** The details of an item of this kind. */
    protected Details details(HandlingState state, List<HandlingStep> trail) {
        return Details.of(state, trail, null, null);
    }

    /**
     * An alert or task as it stands, with its trail; for an alert also the app's id of the report that raised it
     * and the threshold version that report was evaluated against (every report raises one alert).
     */
    public record Details(UUID id, UUID patientId, String status, String claimedBy, Instant claimedAt,
                          String closedBy, Instant closedAt, String outcome, String note, UUID reportId,
                          Integer thresholdVersion, List<Event> trail) {

        public static Details of(HandlingState s, List<HandlingStep> trail, UUID reportId, Integer thresholdVersion) {
            return new Details(s.id(), s.patientId(), s.status().name(), s.holderName(), s.claimedAt(), s.closedBy(),
                    s.closedAt(), name(s.outcome()), s.note(), reportId, thresholdVersion,
                    trail.stream().map(Event::of).toList());
        }
    }

    /**
     * One step of an item's trail; a hand-over (TAKEN_OVER, REASSIGNED, IDLE_RELEASED) also names the nurse who held
     * the item ({@code from}), the nurse who holds it now ({@code to}) and why.
     */
    public record Event(String event, Instant at, String actorName, String actorRole, String outcome, String note,
                        String from, String to, String reason) {

        static Event of(HandlingStep s) {
            HandlingStep.HandOver h = s.handOver();
            return new Event(s.kind().name(), s.at(), s.actorName() == null ? s.actorSubject() : s.actorName(),
                    s.actorRole(), name(s.outcome()), s.note(), h == null ? null : nameOf(h.from()),
                    h == null ? null : nameOf(h.to()), h == null ? null : h.reason());
        }

        private static String nameOf(HandlingStep.Nurse nurse) {
            return nurse == null ? null : nurse.name() == null ? nurse.subject() : nurse.name();
        }
    }

    private static String name(Outcome outcome) {
        return outcome == null ? null : outcome.name();
    }
}

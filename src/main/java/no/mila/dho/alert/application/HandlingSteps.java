package no.mila.dho.alert.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.mila.dho.alert.domain.HandledItems;
import no.mila.dho.alert.domain.HandlingState;
import no.mila.dho.alert.domain.HandlingStep;
import no.mila.dho.alert.domain.HandlingTrail;
import no.mila.dho.alert.domain.Outcome;
import no.mila.dho.audit.AuditContext;
import no.mila.dho.shared.problem.FieldViolation;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;
import no.mila.dho.shared.security.CurrentUser;

/**
 * The steps of handling a worklist item, the same for alerts and tasks: the item is locked, {@link HandlingState}
 * decides (409 with its reason when it refuses), the step is stored by the caller and appended to the item's trail.
 * Of two nurses claiming the same item exactly one gets it: the second waits for the first's lock, then sees it
 * claimed. Each step is a transaction of its own.
 */
@ApplicationScoped
public class HandlingSteps {

    private final CurrentUser user;
    private final Clock clock;
    private final AuditContext audit;

    public HandlingSteps(CurrentUser user, Clock clock, AuditContext audit) {
        this.user = user;
        this.clock = clock;
        this.audit = audit;
    }

    @Transactional
    public void claim(HandledItems items, HandlingTrail trail, UUID id) {
        HandlingState state = locked(items, id);
        conflictIf(state.refuseClaim(items.item()));
        HandlingStep step = step(HandlingStep.Kind.CLAIMED, null, null);
        items.claim(id, step);
        trail.append(id, step);
    }

    @Transactional
    public void release(HandledItems items, HandlingTrail trail, UUID id) {
        HandlingState state = locked(items, id);
        conflictIf(state.refuseRelease(items.item(), user.subject()));
        items.release(id);
        trail.append(id, step(HandlingStep.Kind.RELEASED, null, null));
    }

    @Transactional
    public void close(HandledItems items, HandlingTrail trail, UUID id, Outcome outcome, String note) {
        HandlingState state = locked(items, id);
        if (HandlingState.needsNote(outcome, note)) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "Say what was done",
                    List.of(new FieldViolation("note", "is required with outcome OTHER")));
        }
        conflictIf(state.refuseClose(items.item(), user.subject()));
        HandlingStep step = step(HandlingStep.Kind.CLOSED, outcome, note);
        items.close(id, step);
        trail.append(id, step);
    }

    /** The item as it stands; 404 when there is none. Its patient goes to the access log. */
    public HandlingState found(HandledItems items, UUID id) {
        return visible(items.find(id), items, id);
    }

    /** A step by the caller, now. */
    public HandlingStep step(HandlingStep.Kind kind, Outcome outcome, String note) {
        return new HandlingStep(kind, clock.instant(), user.subject(), user.displayName(), user.primaryRole(), outcome,
                note);
    }

    /** The item as it stands, locked; 404 when there is none. Its patient goes to the access log. */
    HandlingState locked(HandledItems items, UUID id) {
        return visible(items.lock(id), items, id);
    }

    private HandlingState visible(Optional<HandlingState> state, HandledItems items, UUID id) {
        HandlingState found = state.orElseThrow(() -> ProblemException.notFound("The " + items.item() + " " + id));
        audit.patient(found.patientId());
        return found;
    }

    /** 409 with the rule's reason when it refuses. */
    static void conflictIf(Optional<String> refusal) {
        if (refusal.isPresent()) {
            throw new ProblemException(ProblemType.CONFLICT, refusal.get());
        }
    }
}

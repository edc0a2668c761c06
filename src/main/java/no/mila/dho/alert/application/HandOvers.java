package no.mila.dho.alert.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.mila.dho.alert.domain.HandledItems;
import no.mila.dho.alert.domain.HandlingState;
import no.mila.dho.alert.domain.HandlingStep;
import no.mila.dho.alert.domain.HandlingStep.HandOver;
import no.mila.dho.alert.domain.HandlingTrail;
import no.mila.dho.shared.problem.FieldViolation;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;
import no.mila.dho.shared.security.CurrentUser;
import no.mila.dho.shared.security.Roles;

/**
 * Hand-overs of worklist items, the same for alerts and tasks: a nurse takes over an item another nurse holds, a
 * team leader reassigns an item to a named nurse, and claims left idle go back to the list. The item is locked and
 * {@link HandlingState} decides (409 with its reason when it refuses); the update repeats the condition, so that of
 * a take-over and a close at once exactly one happens. Each step's trail names from whom, to whom and why.
 */
@ApplicationScoped
public class HandOvers {

    /** The actor of the job's steps in the trail. */
    public static final String SYSTEM = "system";

    private final HandlingSteps steps;
    private final CurrentUser user;
    private final Clock clock;
    private final Nurses nurses;

    public HandOvers(HandlingSteps steps, CurrentUser user, Clock clock, Nurses nurses) {
        this.steps = steps;
        this.user = user;
        this.clock = clock;
        this.nurses = nurses;
    }

    @Transactional
    public void takeOver(HandledItems items, HandlingTrail trail, UUID id, String reason) {
        requireReason(reason);
        HandlingState state = steps.locked(items, id);
        HandlingSteps.conflictIf(state.refuseTakeOver(items.item(), user.subject()));
        HandlingStep.Nurse me = new HandlingStep.Nurse(user.subject(), user.displayName());
        hand(items, trail, id, new HandlingStep(HandlingStep.Kind.TAKEN_OVER, clock.instant(), me.subject(),
                me.name(), Roles.NURSE, null, null, new HandOver(state.holder(), me, reason.strip())));
    }

    @Transactional
    public void reassign(HandledItems items, HandlingTrail trail, UUID id, String nurse, String reason) {
        requireReason(reason);
        HandlingState state = steps.locked(items, id);
        HandlingStep.Nurse to = nurses.known(nurse).orElseThrow(() -> invalid("nurse",
                "is not a nurse known to the worklist (one who has claimed or closed an item)"));
        HandlingSteps.conflictIf(state.refuseReassign(items.item(), to.subject()));
        hand(items, trail, id, new HandlingStep(HandlingStep.Kind.REASSIGNED, clock.instant(), user.subject(),
                user.displayName(), Roles.TEAM_LEADER, null, null, new HandOver(state.holder(), to, reason.strip())));
    }

    /**
     * Gives back to the list at most {@code batch} items claimed longer than {@code idle} before {@code now} (those
     * a nurse or another replica has locked are left for the next run), in the caller's transaction; the trail
     * names "system" and the nurse who held each. Returns how many were released.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int releaseIdle(HandledItems items, HandlingTrail trail, Instant now, Duration idle, int batch) {
        List<HandlingState> claimed = items.lockClaimedBefore(now.minus(idle), batch);
        int released = 0;
        for (HandlingState state : claimed.stream().filter(s -> s.idleAt(now, idle)).toList()) {
            items.release(state.id());
            trail.append(state.id(), new HandlingStep(HandlingStep.Kind.IDLE_RELEASED, now, SYSTEM, "System", SYSTEM,
                    null, null, new HandOver(state.holder(), null, "Frigitt automatisk: tatt for mer enn "
                            + idle.toMinutes() + " minutter siden uten å bli lukket")));
            released++;
        }
        return released;
    }

    private static void hand(HandledItems items, HandlingTrail trail, UUID id, HandlingStep step) {
        if (!items.handOver(id, step)) {
            throw new ProblemException(ProblemType.CONFLICT, "The " + items.item() + " changed meanwhile; try again");
        }
        trail.append(id, step);
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw invalid("reason", "is required: say why the item changes hands");
        }
    }

    private static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION_FAILED, "The hand-over has invalid fields",
                List.of(new FieldViolation(field, message)));
    }
}

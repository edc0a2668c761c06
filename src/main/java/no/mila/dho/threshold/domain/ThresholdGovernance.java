package no.mila.dho.threshold.domain;

import java.util.Objects;
import java.util.Optional;
import no.mila.dho.patient.domain.AccessPolicy;
import no.mila.dho.patient.domain.Actor;
import no.mila.dho.patient.domain.EpisodeState;
import no.mila.dho.patient.domain.PatientFacts;

/**
 * Who may take which step of a threshold change (forordning and double check):
 * <ul>
 *   <li><b>propose</b>: a nurse of the follow-up service, or the patient's physician (GP or responsible);</li>
 *   <li><b>order</b>: only the patient's physician, on a proposed request (a physician may propose and order in
 *       one step);</li>
 *   <li><b>verify</b>: a nurse or the patient's physician who neither entered the values nor ordered them, on an
 *       ordered request; only then the new version comes into force;</li>
 *   <li><b>reject</b>: the patient's physician while the request is open, or, once ordered, anyone who could
 *       verify it (the values do not match the order);</li>
 *   <li><b>withdraw</b>: the person who proposed or ordered it, while it is open.</li>
 * </ul>
 * Patients, coordinators and admins take no step. Proposing, ordering and verifying need an episode that has
 * thresholds and is not ended (allocated: baseline, active or paused); rejecting and withdrawing close a request
 * in any state. Pure: the checks are in the order role, episode, status, four eyes.
 */
public final class ThresholdGovernance {

    private ThresholdGovernance() {
    }

    /**
     * Why {@code actor} may not take {@code step}, or empty when they may. {@code request} is null for
     * {@link ChangeStep#PROPOSE}.
     */
    public static Optional<Refusal> check(ChangeStep step, Actor actor, PatientFacts patient, EpisodeState episode,
                                          RequestFacts request) {
        boolean physician = actor.has(AccessPolicy.PHYSICIAN) && AccessPolicy.isResponsiblePhysician(actor, patient);
        boolean nurse = actor.has(AccessPolicy.NURSE);
        if (!nurse && !actor.has(AccessPolicy.PHYSICIAN)) {
            return refuse(Refusal.Kind.ROLE, "Only nurses of the follow-up service and the patient's physician take "
                    + "part in threshold changes");
        }
        if (!nurse && !physician) {
            return refuse(Refusal.Kind.NOT_THE_PATIENTS_PHYSICIAN, "Only the patient's GP or responsible physician "
                    + "takes part in this patient's threshold changes");
        }
        if (step == ChangeStep.ORDER && !physician) {
            return refuse(actor.has(AccessPolicy.PHYSICIAN) ? Refusal.Kind.NOT_THE_PATIENTS_PHYSICIAN : Refusal.Kind.ROLE,
                    "Only the patient's GP or responsible physician can order a threshold change");
        }
        boolean changes = step == ChangeStep.PROPOSE || step == ChangeStep.ORDER || step == ChangeStep.VERIFY;
        if (changes && (episode == null || !episode.isAllocated())) {
            return refuse(Refusal.Kind.EPISODE, "The patient's pathway is " + (episode == null ? "not open" : episode)
                    + "; thresholds change only while the patient is allocated and the pathway has not ended");
        }
        if (step == ChangeStep.PROPOSE) {
            return Optional.empty();
        }
        Objects.requireNonNull(request, "request");
        ChangeStatus status = request.status();
        if (!status.isOpen() || (step == ChangeStep.ORDER && status != ChangeStatus.PROPOSED)
                || (step == ChangeStep.VERIFY && status != ChangeStatus.ORDERED)) {
            return refuse(Refusal.Kind.STATUS, "A request that is " + status + " cannot be " + step.result());
        }
        boolean entered = actor.subject().equals(request.proposedBy());
        boolean ordered = actor.subject().equals(request.orderedBy());
        return switch (step) {
            case VERIFY -> entered || ordered
                    ? refuse(Refusal.Kind.FOUR_EYES, "A second person must verify: you " + (entered ? "entered" : "ordered")
                    + " these values")
                    : Optional.empty();
            case REJECT -> {
                if (physician) {
                    yield Optional.empty();
                }
                if (status == ChangeStatus.PROPOSED) {
                    yield refuse(Refusal.Kind.ROLE, "Only the patient's physician declines to order a proposal; "
                            + "the person who proposed it can withdraw it");
                }
                yield entered || ordered
                        ? refuse(Refusal.Kind.FOUR_EYES, "Rejecting at verification is for a second person; "
                        + "withdraw the request instead")
                        : Optional.empty();
            }
            case WITHDRAW -> entered || ordered ? Optional.empty()
                    : refuse(Refusal.Kind.ROLE, "Only the person who proposed or ordered the change can withdraw it");
            default -> Optional.empty();
        };
    }

    private static Optional<Refusal> refuse(Refusal.Kind kind, String message) {
        return Optional.of(new Refusal(kind, message));
    }
}

package no.mila.dho.threshold.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import no.mila.dho.patient.application.EpisodeQueries;
import no.mila.dho.patient.application.PatientAccess;
import no.mila.dho.patient.domain.EpisodeState;
import no.mila.dho.patient.domain.PatientFacts;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;
import no.mila.dho.threshold.domain.ChangeStep;
import no.mila.dho.threshold.domain.Refusal;
import no.mila.dho.threshold.domain.RequestFacts;
import no.mila.dho.threshold.domain.ThresholdGovernance;
import no.mila.dho.threshold.persistence.ThresholdChangeRequestEntity;

/**
 * Whether the caller may take a step of a threshold change: {@link ThresholdGovernance} (role, relation to the
 * patient, episode, status, four eyes), answered as the problem of each kind of refusal, and the request's version
 * (optimistic locking: a step on what the caller has not seen is refused).
 */
@ApplicationScoped
public class ChangeStepGuard {

    private final PatientAccess access;
    private final EpisodeQueries episodes;

    public ChangeStepGuard(PatientAccess access, EpisodeQueries episodes) {
        this.access = access;
        this.episodes = episodes;
    }

    /** The request, once the caller may take {@code step} on it and holds its current version. */
    ThresholdChangeRequestEntity require(ChangeStep step, UUID patientId, UUID requestId, long version) {
        PatientFacts patient = access.requireClinicalFacts(patientId);
        ThresholdChangeRequestEntity request = ThresholdChangeRequestEntity.ofPatient(patientId, requestId)
                .orElseThrow(() -> ProblemException.notFound("Threshold change request " + requestId));
        check(step, patient, episodes.stateOf(request.episodeId), request.facts());
        if (request.version != version) {
            throw new ProblemException(ProblemType.CONCURRENT_MODIFICATION, "The request changed (version "
                    + request.version + ", you sent " + version + "); read it again and decide on what it is now");
        }
        return request;
    }

    /** The problem of the refusal, if the caller may not take {@code step}. */
    void check(ChangeStep step, PatientFacts patient, EpisodeState episode, RequestFacts request) {
        ThresholdGovernance.check(step, access.actor(), patient, episode, request).ifPresent(refusal -> {
            throw new ProblemException(problemOf(refusal.kind()), refusal.message());
        });
    }

    static ProblemType problemOf(Refusal.Kind kind) {
        return switch (kind) {
            case ROLE, NOT_THE_PATIENTS_PHYSICIAN -> ProblemType.FORBIDDEN;
            case FOUR_EYES -> ProblemType.FOUR_EYES_REQUIRED;
            case STATUS -> ProblemType.ILLEGAL_TRANSITION;
            case EPISODE -> ProblemType.NOT_IN_FOLLOW_UP;
        };
    }
}

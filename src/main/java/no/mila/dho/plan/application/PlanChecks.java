package no.mila.dho.plan.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import no.mila.dho.patient.application.EpisodeQueries;
import no.mila.dho.patient.application.OpenEpisode;
import no.mila.dho.plan.domain.PlanStatus;
import no.mila.dho.plan.persistence.CarePlanEntity;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;

/** What the plan commands check before they change a plan: follow-up, and that the plan is the draft read. */
@ApplicationScoped
class PlanChecks {

    private final EpisodeQueries episodes;

    PlanChecks(EpisodeQueries episodes) {
        this.episodes = episodes;
    }

    /** The patient's episode, if allocated to a pathway (a plan is made during follow-up); else 409. */
    OpenEpisode followedUp(UUID patientId) {
        return episodes.openOf(patientId).filter(e -> e.state().isAllocated())
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_IN_FOLLOW_UP,
                        "The patient is not allocated to a pathway: a plan is made during follow-up"));
    }

    /**
     * The patient's plan, if it is a draft still at {@code version}; else 404, illegal-transition or
     * concurrent-modification.
     */
    CarePlanEntity draftOf(UUID patientId, UUID planId, long version) {
        CarePlanEntity plan = CarePlanEntity.ofPatient(patientId, planId)
                .orElseThrow(() -> ProblemException.notFound("Plan " + planId));
        if (plan.status != PlanStatus.DRAFT) {
            throw new ProblemException(ProblemType.ILLEGAL_TRANSITION, "Plan version " + plan.versionNo + " is "
                    + plan.status + ": only a draft changes; start a new draft from the active plan");
        }
        if (plan.version != version) {
            throw new ProblemException(ProblemType.CONCURRENT_MODIFICATION, "The plan changed (version " + plan.version
                    + ", you sent " + version + "); read it again");
        }
        return plan;
    }
}

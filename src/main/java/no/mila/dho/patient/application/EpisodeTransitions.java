package no.mila.dho.patient.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import no.mila.dho.patient.domain.EpisodeState;
import no.mila.dho.patient.persistence.EpisodeEntity;
import no.mila.dho.patient.persistence.EpisodeTransitionEntity;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;
import no.mila.dho.shared.security.CurrentUser;

/** Checks a state change against the episode state machine and appends it to the trail. */
@ApplicationScoped
public class EpisodeTransitions {

    private final Clock clock;
    private final CurrentUser user;

    public EpisodeTransitions(Clock clock, CurrentUser user) {
        this.clock = clock;
        this.user = user;
    }

    /** The current state, when {@code next} may follow it; else a 409 naming both states. */
    public EpisodeState requireAllowed(EpisodeEntity episode, EpisodeState next) {
        if (!episode.state.canMoveTo(next)) {
            throw new ProblemException(ProblemType.ILLEGAL_TRANSITION, "An episode in state " + episode.state
                    + " cannot move to " + next + "; allowed next: " + episode.state.successors());
        }
        return episode.state;
    }

    /** Moves the episode to {@code next}, if allowed, and records the step as the caller's. */
    EpisodeEntity move(EpisodeEntity episode, EpisodeState next, String reason) {
        EpisodeState from = requireAllowed(episode, next);
        episode.state = next;
        record(episode, from, user.subject(), user.displayName(), user.primaryRole(), reason);
        return episode;
    }

    public void record(EpisodeEntity episode, EpisodeState from, String subject, String name, String role,
                       String reason) {
        EpisodeTransitionEntity transition = new EpisodeTransitionEntity();
        transition.episodeId = episode.id;
        transition.fromState = from;
        transition.toState = episode.state;
        transition.at = clock.instant();
        transition.actorSubject = subject;
        transition.actorName = name;
        transition.actorRole = role;
        transition.reason = reason;
        transition.persist();
    }
}

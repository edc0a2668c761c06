package no.mila.dho.patient.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import no.mila.dho.patient.domain.EpisodeState;
import no.mila.dho.patient.persistence.EpisodeEntity;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;
import no.mila.dho.shared.security.CurrentUser;
import no.mila.dho.shared.time.ClockProducer;

/** An allocated episode's course: pausing and resuming follow-up, and the decision to end it (avslutning). */
@ApplicationScoped
public class EpisodeFollowUp {

    private final EpisodeQueries episodes;
    private final EpisodeTransitions transitions;
    private final CurrentUser user;
    private final Clock clock;
    private final Event<EpisodeEndDecided> endDecided;
    private final Event<EpisodeEnded> ended;

    public EpisodeFollowUp(EpisodeQueries episodes, EpisodeTransitions transitions, CurrentUser user, Clock clock,
                           Event<EpisodeEndDecided> endDecided, Event<EpisodeEnded> ended) {
        this.episodes = episodes;
        this.transitions = transitions;
        this.user = user;
        this.clock = clock;
        this.endDecided = endDecided;
        this.ended = ended;
    }

    @Transactional
    public EpisodeRecord pause(UUID patientId, UUID episodeId, String reason) {
        EpisodeEntity episode = episodes.require(patientId, episodeId);
        return EpisodeQueries.stored(transitions.move(episode, EpisodeState.PAUSED, reason));
    }

    @Transactional
    public EpisodeRecord resume(UUID patientId, UUID episodeId, String reason) {
        EpisodeEntity episode = episodes.require(patientId, episodeId);
        if (episode.state != EpisodeState.PAUSED) {
            transitions.requireAllowed(episode, EpisodeState.PAUSED);
        }
        return EpisodeQueries.stored(transitions.move(episode, EpisodeState.ACTIVE, reason));
    }

    /**
     * The end of the baseline, when the patient's first individual thresholds come into force: an episode in
     * ACTIVE_BASELINE moves to ACTIVE, recorded as the caller's step with {@code reason}; in any other state it is
     * left as it is. No access check: for the threshold feature, in the transaction of the verified change.
     */
    public void endBaseline(UUID episodeId, String reason) {
        EpisodeEntity episode = EpisodeEntity.findById(episodeId);
        if (episode.state == EpisodeState.ACTIVE_BASELINE) {
            transitions.move(episode, EpisodeState.ACTIVE, reason);
        }
    }

    /**
     * Records the decision to end: with notice, the episode ends on the planned date (see
     * {@link EpisodeEndingJob}); where the reason allows it and the date is today, it ends at once. Fires
     * {@link EpisodeEndDecided} (with notice) or {@link EpisodeEnded} (at once) in the decision's transaction.
     */
    @Transactional
    public EpisodeRecord end(UUID patientId, UUID episodeId, EpisodeCommands.End command) {
        EpisodeEntity episode = episodes.require(patientId, episodeId);
        transitions.requireAllowed(episode, EpisodeState.ENDED);
        if (episode.endDecidedOn != null) {
            throw new ProblemException(ProblemType.CONFLICT, "The end of this episode is already decided for "
                    + episode.plannedEndDate);
        }
        if (!command.coordinatorInformed()) {
            throw ProblemException.invalid("coordinatorInformed", "the municipality's coordinator must be informed");
        }
        LocalDate today = ClockProducer.today(clock);
        if (command.plannedEndDate().isBefore(today)) {
            throw ProblemException.invalid("plannedEndDate", "must not be in the past");
        }
        if (command.plannedEndDate().equals(today) && !command.reason().allowsImmediateEnd()) {
            throw ProblemException.invalid("plannedEndDate", "ending for this reason needs notice: a date after today");
        }
        episode.endReason = command.reason();
        episode.endReasonText = command.reasonText();
        episode.plannedEndDate = command.plannedEndDate();
        episode.endDecidedBySubject = user.subject();
        episode.endDecidedByName = user.displayName();
        episode.endDecidedOn = today;
        episode.coordinatorInformed = true;
        if (!command.plannedEndDate().isAfter(today)) {
            EpisodeState from = episode.state;
            transitions.move(episode, EpisodeState.ENDED, command.reason() + ": " + command.reasonText());
            ended.fire(EpisodeEndingJob.ended(episode, from, today, user.subject(), user.displayName()));
        } else {
            endDecided.fire(new EpisodeEndDecided(episode.patientId, episode.id, episode.pathway, episode.endReason,
                    episode.endReasonText, episode.plannedEndDate, episode.referralDepartment, user.subject(),
                    user.displayName()));
        }
        return EpisodeQueries.stored(episode);
    }
}

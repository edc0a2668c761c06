package no.mila.dho.patient.application;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.mila.dho.patient.domain.EpisodeState;
import no.mila.dho.patient.persistence.EpisodeEntity;
import no.mila.dho.shared.jobs.Job;
import no.mila.dho.shared.jobs.JobRuns;
import no.mila.dho.shared.time.ClockProducer;
import org.jboss.logging.Logger;

/**
 * Ends the episodes whose planned end date has come. Safe on several replicas: rows are locked with
 * {@code FOR UPDATE SKIP LOCKED} and only episodes not yet ended are touched, so a second run or a second
 * instance changes nothing. Each end fires {@link EpisodeEnded} in the job's transaction.
 */
@ApplicationScoped
public class EpisodeEndingJob {

    private static final Logger LOG = Logger.getLogger(EpisodeEndingJob.class);

    private final EpisodeTransitions transitions;
    private final Clock clock;
    private final Event<EpisodeEnded> ended;
    private final JobRuns runs;

    public EpisodeEndingJob(EpisodeTransitions transitions, Clock clock, Event<EpisodeEnded> ended, JobRuns runs) {
        this.transitions = transitions;
        this.clock = clock;
        this.ended = ended;
        this.runs = runs;
    }

    @Scheduled(cron = "{dho.episode-ending.cron}", timeZone = "Europe/Oslo", identity = "episode-ending")
    void nightly() {
        endDueEpisodes(ClockProducer.today(clock));
        runs.succeeded(Job.EPISODE_ENDING); // after the commit of endDueEpisodes' transaction
    }

    /** Ends every open episode whose planned end date is {@code today} or earlier; returns how many. */
    @Transactional
    public int endDueEpisodes(LocalDate today) {
        List<EpisodeEntity> due = EpisodeEntity.dueToEnd(today);
        for (EpisodeEntity episode : due) {
            EpisodeState from = transitions.requireAllowed(episode, EpisodeState.ENDED);
            episode.state = EpisodeState.ENDED;
            transitions.record(episode, from, episode.endDecidedBySubject, episode.endDecidedByName, "system",
                    "Planned end " + episode.plannedEndDate + " reached (" + episode.endReason + ")");
            ended.fire(ended(episode, from, today, "system", "Avslutning på planlagt dato"));
        }
        if (!due.isEmpty()) {
            LOG.infof("Ended %d episode(s) whose planned end date had come", due.size());
        }
        return due.size();
    }

    /** The event of {@code episode}'s end, which was in state {@code from}. */
    static EpisodeEnded ended(EpisodeEntity episode, EpisodeState from, LocalDate on, String bySubject, String byName) {
        return new EpisodeEnded(episode.patientId, episode.id, episode.pathway, episode.endReason,
                episode.endReasonText, on, from.isAllocated(), episode.referralDepartment, bySubject, byName);
    }
}

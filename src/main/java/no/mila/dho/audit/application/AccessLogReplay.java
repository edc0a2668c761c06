package no.mila.dho.audit.application;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import no.mila.dho.audit.persistence.AccessLogInserts;
import no.mila.dho.shared.jobs.Job;
import no.mila.dho.shared.jobs.JobRuns;
import org.jboss.logging.Logger;

/**
 * Moves the access-log rows that the database could not take, from the local fallback into the database, as
 * soon as it takes them again. Safe to run on every replica at once: a row already stored is skipped.
 */
@ApplicationScoped
public class AccessLogReplay {

    private static final Logger LOG = Logger.getLogger(AccessLogReplay.class);

    private final AccessLogFallback fallback;
    private final AccessLogWriter writer;
    private final JobRuns runs;

    public AccessLogReplay(AccessLogFallback fallback, AccessLogWriter writer, JobRuns runs) {
        this.fallback = fallback;
        this.writer = writer;
        this.runs = runs;
    }

    @Scheduled(every = "{dho.audit.fallback.replay-every}", identity = "access-log-replay",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        replay();
    }

    /** Replays what the fallback holds; returns the number of rows handed to the database (0 while it is down). */
    public int replay() {
        try {
            int replayed = fallback.drain(writer::writeAll);
            if (replayed > 0) {
                LOG.infof("Replayed %d access-log rows from %s into the database", replayed, fallback.directory());
            }
            runs.succeeded(Job.ACCESS_LOG_REPLAY);
            return replayed;
        } catch (AccessLogInserts.NotStored e) {
            LOG.debugf("Access-log replay postponed, the database is still unavailable: %s", e.getMessage());
            return 0;
        } catch (IOException e) {
            LOG.errorf("Could not read the access-log fallback in %s: %s", fallback.directory(), e.getMessage());
            return 0;
        }
    }
}

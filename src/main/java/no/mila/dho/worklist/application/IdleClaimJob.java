package no.mila.dho.worklist.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import no.mila.dho.alert.application.AlertHandling;
import no.mila.dho.alert.application.ItemHandling;
import no.mila.dho.shared.jobs.Job;
import no.mila.dho.shared.jobs.JobRuns;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Gives back to the list the alerts and tasks claimed longer than {@code dho.handover.idle-release} ago and not
 * closed (idle: since the claim, or since the item last came to its holder by a take-over or a reassignment; see
 * docs/handovers.md), so that a red alert is not left with a nurse who went home. Safe on several replicas: each
 * batch is locked with {@code FOR UPDATE SKIP LOCKED} in a transaction of its own, so an item is released once, and
 * one a nurse is closing at that moment is left to her.
 */
@ApplicationScoped
public class IdleClaimJob {

    private static final Logger LOG = Logger.getLogger(IdleClaimJob.class);
    static final int BATCH = 200;

    private final List<ItemHandling> items;
    private final Clock clock;
    private final Duration idle;
    private final JobRuns runs;

    public IdleClaimJob(AlertHandling alerts, TaskHandling tasks, Clock clock, JobRuns runs,
                        @ConfigProperty(name = "dho.handover.idle-release") Duration idle) {
        this.items = List.of(alerts, tasks);
        this.clock = clock;
        this.idle = idle;
        this.runs = runs;
    }

    @Scheduled(every = "{dho.handover.idle-check-every}", identity = "idle-claims",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run(clock.instant());
    }

    /** Releases every claim idle at {@code now}; returns how many. */
    public int run(Instant now) {
        int released = 0;
        for (ItemHandling kind : items) {
            int batch;
            do {
                batch = QuarkusTransaction.requiringNew().call(() -> kind.releaseIdle(now, idle, BATCH));
                released += batch;
            } while (batch == BATCH);
        }
        if (released > 0) {
            LOG.infof("%d idle claim(s) released (claimed more than %s ago)", released, idle);
        }
        runs.succeeded(Job.HANDOVER_IDLE_RELEASE);
        return released;
    }
}

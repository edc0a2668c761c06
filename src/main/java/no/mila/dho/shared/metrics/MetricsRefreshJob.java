package no.mila.dho.shared.metrics;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import no.mila.dho.shared.jobs.Job;
import no.mila.dho.shared.jobs.JobRuns;
import org.jboss.logging.Logger;

/**
 * Refreshes the database-backed gauges ({@link DatabaseGauges}) every {@code dho.metrics.refresh-every} (30 s; off in
 * tests, which call {@link #refresh()}). One failing reader does not keep the others stale; the run counts as a
 * success ({@link Job#METRICS_REFRESH}) only when every reader succeeded.
 */
@ApplicationScoped
public class MetricsRefreshJob {

    private static final Logger LOG = Logger.getLogger(MetricsRefreshJob.class);

    private final Instance<DatabaseGauges> gauges;
    private final JobRuns runs;

    public MetricsRefreshJob(Instance<DatabaseGauges> gauges, JobRuns runs) {
        this.gauges = gauges;
        this.runs = runs;
    }

    @Scheduled(every = "{dho.metrics.refresh-every}", identity = "metrics-refresh",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        refresh();
    }

    /** Refreshes every database-backed gauge; true when all of them were read. */
    public boolean refresh() {
        boolean all = true;
        for (DatabaseGauges reader : gauges) {
            try {
                reader.refresh();
            } catch (RuntimeException e) {
                all = false;
                LOG.warnf("Metrics refresh: %s failed, its gauges keep their last values: %s",
                        reader.getClass().getSimpleName(), e.toString());
            }
        }
        if (all) {
            runs.succeeded(Job.METRICS_REFRESH);
        }
        return all;
    }
}

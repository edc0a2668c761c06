package no.mila.dho.shared.jobs;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * When each {@link Job} last ran to its end without failing on this replica: the gauge
 * {@code dho_job_last_success_timestamp_seconds{job}} in epoch seconds, 0 before the first success (every job's
 * gauge exists from start-up, so "never ran" is visible). A job calls {@link #succeeded} as the last step of a
 * successful run; a run that throws, or that could not reach the database, does not.
 */
@Startup
@ApplicationScoped
public class JobRuns {

    static final String METRIC = "dho.job.last.success.timestamp.seconds";

    private final Clock clock;
    private final Map<Job, AtomicLong> lastSuccess = new EnumMap<>(Job.class);

    public JobRuns(MeterRegistry registry, Clock clock) {
        this.clock = clock;
        for (Job job : Job.values()) {
            AtomicLong at = new AtomicLong();
            lastSuccess.put(job, at);
            Gauge.builder(METRIC, at, AtomicLong::doubleValue).tag("job", job.label())
                    .description("When the job last ran successfully on this replica (epoch seconds; 0: not yet)")
                    .register(registry);
        }
    }

    /** {@code job} has just run to its end. */
    public void succeeded(Job job) {
        lastSuccess.get(job).set(clock.instant().getEpochSecond());
    }

    /** The epoch second of {@code job}'s last success here, 0 before the first. */
    public long lastSuccess(Job job) {
        return lastSuccess.get(job).get();
    }
}

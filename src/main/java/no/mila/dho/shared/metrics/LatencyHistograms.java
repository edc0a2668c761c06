package no.mila.dho.shared.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Set;

/**
 * Histogram buckets ({@code _bucket{le}}) for the latency timers, so that p50/p95/p99 can be computed across
 * replicas with {@code histogram_quantile}: HTTP requests ({@code http.server.requests}) and the report path
 * ({@code dho.report.evaluation}, {@code dho.report.ingestion}). Fixed service-level buckets rather than Micrometer's
 * percentiles histogram: about 70 buckets a series there against 14 here, on some hundred HTTP series.
 */
public class LatencyHistograms {

    /** The timers that get buckets. */
    public static final Set<String> TIMERS = Set.of("http.server.requests", "dho.report.evaluation",
            "dho.report.ingestion");
    /** Bucket bounds, in milliseconds: fine where the targets are (25 to 250 ms), coarse above. */
    static final long[] BUCKETS_MS = {1, 5, 10, 25, 50, 75, 100, 150, 250, 500, 1000, 2500, 5000, 10000};

    @Produces
    @Singleton
    MeterFilter latencyBuckets() {
        double[] slos = new double[BUCKETS_MS.length];
        for (int i = 0; i < slos.length; i++) {
            slos[i] = Duration.ofMillis(BUCKETS_MS[i]).toNanos();
        }
        DistributionStatisticConfig buckets = DistributionStatisticConfig.builder().percentilesHistogram(false)
                .serviceLevelObjectives(slos).build();
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                return TIMERS.contains(id.getName()) ? buckets.merge(config) : config;
            }
        };
    }
}

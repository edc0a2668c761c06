package no.mila.dho.worklist.application;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import no.mila.dho.shared.metrics.DatabaseGauges;
import no.mila.dho.shared.time.ClockProducer;
import no.mila.dho.worklist.domain.Level;
import no.mila.dho.worklist.persistence.WorklistKeys;

/**
 * {@code dho_worklist_items{level}}: the lines of the whole worklist per level (every municipality, held or not),
 * counted as the worklist counts them for its dashboard ({@link WorklistKeys#counts}); refreshed by the metrics job.
 */
@Startup
@ApplicationScoped
public class WorklistMetrics implements DatabaseGauges {

    private static final WorklistKeys.Criteria EVERYTHING = new WorklistKeys.Criteria(null, null, null, null, null,
            false);

    private final WorklistKeys keys;
    private final Clock clock;
    private final Map<Level, AtomicLong> items = new EnumMap<>(Level.class);

    public WorklistMetrics(WorklistKeys keys, Clock clock, MeterRegistry registry) {
        this.keys = keys;
        this.clock = clock;
        for (Level level : Level.values()) {
            AtomicLong count = new AtomicLong();
            items.put(level, count);
            Gauge.builder("dho.worklist.items", count, AtomicLong::doubleValue).tag("level", level.name())
                    .description("Lines of the worklist per level").register(registry);
        }
    }

    @Override
    public void refresh() {
        Map<Level, Long> counts = QuarkusTransaction.requiringNew()
                .call(() -> keys.counts(EVERYTHING, ClockProducer.today(clock)));
        items.forEach((level, count) -> count.set(counts.getOrDefault(level, 0L)));
    }
}

package no.mila.dho.worklist.application;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import no.mila.dho.shared.metrics.DatabaseGauges;
import no.mila.dho.shared.metrics.EnumGauges;
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
    private final EnumGauges<Level> items;

    public WorklistMetrics(WorklistKeys keys, Clock clock, MeterRegistry registry) {
        this.keys = keys;
        this.clock = clock;
        this.items = new EnumGauges<>(registry, "dho.worklist.items", "level", "Lines of the worklist per level",
                Level.class);
    }

    @Override
    public void refresh() {
        items.set(QuarkusTransaction.requiringNew().call(() -> keys.counts(EVERYTHING, ClockProducer.today(clock))));
    }
}

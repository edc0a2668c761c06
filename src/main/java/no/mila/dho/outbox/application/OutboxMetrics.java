package no.mila.dho.outbox.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import no.mila.dho.outbox.domain.DeliveryResult;
import no.mila.dho.outbox.domain.DeliveryState;
import no.mila.dho.outbox.persistence.OutboxRows;
import no.mila.dho.shared.metrics.DatabaseGauges;
import no.mila.dho.shared.metrics.EnumGauges;

/**
 * Micrometer meters of the outbox: {@code dho_outbox_attempts_total{outcome}} (delivered, retry, failed, withheld,
 * unaddressable) and the gauge {@code dho_outbox_messages{state}} (the count per state, refreshed after each run of
 * the worker that did something, and by the metrics job on every replica, so a scrape never queries the database).
 */
@Startup
@ApplicationScoped
public class OutboxMetrics implements DatabaseGauges {

    private final MeterRegistry registry;
    private final OutboxRows rows;
    private final EnumGauges<DeliveryState> byState;

    public OutboxMetrics(MeterRegistry registry, OutboxRows rows) {
        this.registry = registry;
        this.rows = rows;
        this.byState = new EnumGauges<>(registry, "dho.outbox.messages", "state",
                "Outgoing messages per delivery state", DeliveryState.class);
        // every outcome's counter from start-up, so that a rate over it exists before the first attempt
        List.of("delivered", "not-delivered", "withheld", "unaddressable").forEach(this::counter);
    }

    void count(DeliveryAttempt.Attempt attempt) {
        counter(outcome(attempt)).increment();
    }

    /** Reads the count per state again. */
    @Override
    public void refresh() {
        byState.set(QuarkusTransaction.requiringNew().call(rows::countByState));
    }

    private static String outcome(DeliveryAttempt.Attempt attempt) {
        return switch (attempt.kind()) {
            case WITHHELD -> "withheld";
            case UNADDRESSABLE -> "unaddressable";
            case SENT -> attempt.delivery().outcome() == DeliveryResult.Outcome.DELIVERED ? "delivered" : "not-delivered";
        };
    }

    private Counter counter(String outcome) {
        return Counter.builder("dho.outbox.attempts").tag("outcome", outcome)
                .description("Delivery attempts of outgoing messages by outcome").register(registry);
    }
}

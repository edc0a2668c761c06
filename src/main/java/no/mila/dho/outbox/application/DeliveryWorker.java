package no.mila.dho.outbox.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import no.mila.dho.outbox.domain.DeliveryResult;
import no.mila.dho.outbox.domain.OutgoingMessage;
import no.mila.dho.outbox.domain.RetryPolicy;
import no.mila.dho.outbox.persistence.DeliveryRows;
import no.mila.dho.shared.jobs.Job;
import no.mila.dho.shared.jobs.JobRuns;
import org.jboss.logging.Logger;

/**
 * Delivers the due PENDING messages, one transaction per message: the message is claimed with a row lock that other
 * replicas skip ({@link DeliveryRows#claimNext}), the patient's consent is asked again, the recipient is resolved
 * from the register, the transport delivers, and the outcome is recorded and committed; the lock ends with the
 * transaction, or with the connection if the service dies. A crash after the transport's success and before the
 * commit leaves the message PENDING: it is delivered again with the same message id, which the receiver ignores
 * (at-least-once delivery + the receiver's deduplication = exactly once for the receiver). docs/outbox.md.
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

    private final DeliveryRows rows;
    private final DeliveryAttempt attempt;
    private final OutboxMetrics metrics;
    private final OutboxConfig config;
    private final Clock clock;
    private final JobRuns runs;

    public DeliveryWorker(DeliveryRows rows, DeliveryAttempt attempt, OutboxMetrics metrics, OutboxConfig config,
                          Clock clock, JobRuns runs) {
        this.rows = rows;
        this.attempt = attempt;
        this.metrics = metrics;
        this.config = config;
        this.clock = clock;
        this.runs = runs;
    }

    @Scheduled(every = "{dho.outbox.deliver-every}", identity = "outbox-delivery",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        deliverDue(clock.instant());
    }

    /**
     * Makes one attempt at each message due at {@code now} (at most {@code dho.outbox.max-per-run}); returns the
     * number of attempts. Safe to call from several threads and replicas at once.
     */
    @ActivateRequestContext
    public int deliverDue(Instant now) {
        int attempts = 0;
        while (attempts < config.maxPerRun()
                && Boolean.TRUE.equals(QuarkusTransaction.requiringNew().call(() -> deliverNext(now)))) {
            attempts++;
        }
        if (attempts > 0) {
            LOG.debugf("Outbox: %d delivery attempt(s)", attempts);
            metrics.refresh();
        }
        runs.succeeded(Job.OUTBOX_DELIVERY);
        return attempts;
    }

    /** Claims, attempts and records the next due message; false when none is due. */
    private boolean deliverNext(Instant now) {
        OutgoingMessage message = rows.claimNext(now).orElse(null);
        if (message == null) {
            return false;
        }
        DeliveryAttempt.Attempt result = attempt.attempt(message);
        record(message, result, now);
        return true;
    }

    private void record(OutgoingMessage message, DeliveryAttempt.Attempt result, Instant now) {
        switch (result.kind()) {
            case WITHHELD -> rows.withheld(message.id(), now);
            case UNADDRESSABLE -> rows.failed(message.id(), null, now, result.detail(), false);
            case SENT -> recordSent(message, result, now);
        }
        metrics.count(result);
    }

    private void recordSent(OutgoingMessage message, DeliveryAttempt.Attempt sent, Instant now) {
        DeliveryResult delivery = sent.delivery();
        switch (delivery.outcome()) {
            case DELIVERED -> rows.delivered(message.id(), sent.recipientId(), now);
            case PERMANENT -> parked(message, sent, now, "Refused by the receiver: " + delivery.detail());
            case TEMPORARY -> {
                RetryPolicy policy = config.retryPolicy();
                var next = policy.nextAttempt(message.attempts() + 1, now, ThreadLocalRandom.current().nextDouble());
                if (next.isPresent()) {
                    rows.retry(message.id(), sent.recipientId(), next.get(), delivery.detail());
                } else {
                    parked(message, sent, now, "Gave up after " + policy.maxAttempts() + " attempts: "
                            + delivery.detail());
                }
            }
        }
    }

    private void parked(OutgoingMessage message, DeliveryAttempt.Attempt sent, Instant now, String reason) {
        rows.failed(message.id(), sent.recipientId(), now, reason, true);
        LOG.warnf("Outgoing message %s parked as FAILED: %s", message.id(), reason);
    }
}

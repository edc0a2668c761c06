package no.mila.dho.outbox.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import no.mila.dho.outbox.domain.DeliveryResult;
import no.mila.dho.outbox.domain.OutgoingMessage;
import no.mila.dho.outbox.domain.Recipient;
import no.mila.dho.outbox.persistence.InboxRows;

/**
 * The local inbox ({@value #NAME}): the message is stored in {@code outbox_inbox}, in the worker's transaction, and
 * {@code GET /api/outbox/inbox} shows it, so that a newcomer running the demo sees what the GP, home nursing or the
 * hospital would have received. Deduplicates on the message id like a real receiver.
 */
@ApplicationScoped
public class InboxTransport implements Transport {

    public static final String NAME = "inbox";

    private final InboxRows inbox;
    private final Clock clock;

    public InboxTransport(InboxRows inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public DeliveryResult deliver(OutgoingMessage message, Recipient recipient) {
        inbox.receive(message, recipient.id(), clock.instant());
        return DeliveryResult.delivered();
    }
}

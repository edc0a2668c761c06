package no.mila.dho.outbox.application;

import no.mila.dho.outbox.domain.DeliveryResult;
import no.mila.dho.outbox.domain.OutgoingMessage;
import no.mila.dho.outbox.domain.Recipient;

/**
 * A way of delivering an outgoing message to a recipient, chosen by the register entry's {@code transport}
 * ({@link #name()}). Implementations are CDI beans; the worker finds them all. A transport sends
 * {@link OutgoingMessage#id()} with every attempt, so that the receiver can ignore a message it already has: the
 * worker may deliver a message again after a crash between the transport's success and the commit of DELIVERED.
 * A transport never throws for a failed delivery: it answers {@link DeliveryResult#temporary} or
 * {@link DeliveryResult#permanent}.
 */
public interface Transport {

    /** The name recipients are registered with, e.g. {@code inbox} or {@code fhir-http}. */
    String name();

    /** Whether it is switched on (configuration); a transport switched off is as if it were not there. */
    default boolean enabled() {
        return true;
    }

    DeliveryResult deliver(OutgoingMessage message, Recipient recipient);
}

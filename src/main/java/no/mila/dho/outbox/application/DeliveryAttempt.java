package no.mila.dho.outbox.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.mila.dho.outbox.domain.DeliveryResult;
import no.mila.dho.outbox.domain.OutgoingMessage;
import no.mila.dho.outbox.domain.Recipient;
import no.mila.dho.outbox.persistence.RecipientRows;
import org.jboss.logging.Logger;

/**
 * One attempt at a claimed message: the patient's consent is asked again (no longer allowed: WITHHELD, never sent),
 * the recipient is looked up in the register as it is now (none active, or its transport unknown: UNADDRESSABLE),
 * and the recipient's transport delivers.
 */
@ApplicationScoped
public class DeliveryAttempt {

    private static final Logger LOG = Logger.getLogger(DeliveryAttempt.class);

    /** What happened; {@code delivery} and {@code recipientId} only when SENT. */
    public record Attempt(Kind kind, String detail, UUID recipientId, DeliveryResult delivery) {

        public enum Kind {
            WITHHELD, UNADDRESSABLE, SENT
        }
    }

    private final SharingConsent consent;
    private final RecipientRows recipients;
    private final Map<String, Transport> transports;

    public DeliveryAttempt(SharingConsent consent, RecipientRows recipients, Instance<Transport> transports) {
        this.consent = consent;
        this.recipients = recipients;
        this.transports = transports.stream().filter(Transport::enabled).collect(Collectors.toMap(Transport::name, Function.identity()));
    }

    public Attempt attempt(OutgoingMessage message) {
        if (!consent.allows(message.patientId(), Outbox.party(message.to().kind()))) {
            return new Attempt(Attempt.Kind.WITHHELD, "", null, null);
        }
        Recipient recipient = recipients.active(message.to()).orElse(null);
        if (recipient == null) {
            return new Attempt(Attempt.Kind.UNADDRESSABLE, "No active entry in the recipient register for "
                    + message.to().kind() + " " + message.to().key(), null, null);
        }
        Transport transport = transports.get(recipient.transport());
        if (transport == null) {
            return new Attempt(Attempt.Kind.UNADDRESSABLE, "Recipient " + recipient.name() + " names transport '"
                    + recipient.transport() + "', which is not available", null, null);
        }
        return new Attempt(Attempt.Kind.SENT, "", recipient.id(), send(transport, message, recipient));
    }

    private static DeliveryResult send(Transport transport, OutgoingMessage message, Recipient recipient) {
        try {
            return transport.deliver(message, recipient);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Transport %s failed on message %s", transport.name(), message.id());
            return DeliveryResult.temporary("Transport error: " + e.getClass().getSimpleName());
        }
    }

    /** The names of the transports available (for the register's validation). */
    public Set<String> names() {
        return transports.keySet();
    }
}

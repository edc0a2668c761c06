package no.mila.dho.outbox.api;

import java.time.Instant;
import java.util.UUID;
import no.mila.dho.outbox.domain.DeliveryState;
import no.mila.dho.outbox.domain.MessageKind;
import no.mila.dho.outbox.domain.OutgoingMessage;
import no.mila.dho.outbox.domain.RecipientKind;

/** An outgoing message as nurses see it in the FAILED list: what, to whom, how often tried and why it failed. */
public record MessageView(UUID id, UUID patientId, MessageKind kind, RecipientKind recipientKind, String recipientKey,
                          String subject, String text, Instant createdAt, String createdBy, DeliveryState state,
                          int attempts, String lastError) {

    static MessageView of(OutgoingMessage m) {
        return new MessageView(m.id(), m.patientId(), m.kind(), m.to().kind(), m.to().key(), m.subject(), m.text(),
                m.createdAt(), m.createdBy(), m.state(), m.attempts(), m.lastError());
    }
}

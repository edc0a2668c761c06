package no.mila.dho.outbox.domain;

import java.time.Instant;
import java.util.UUID;

/** A message as stored in the outbox; {@code id} is the stable message id the receiver deduplicates on. */
public record OutgoingMessage(UUID id, long seq, UUID patientId, MessageKind kind, Addressee to, UUID recipientId,
                              String subject, String text, String payloadJson, Instant createdAt, String createdBy,
                              DeliveryState state, int attempts, Instant nextAttemptAt, String lastError,
                              Instant deliveredAt) {
}

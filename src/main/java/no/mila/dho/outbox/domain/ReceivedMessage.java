package no.mila.dho.outbox.domain;

import java.time.Instant;
import java.util.UUID;

/** A message as the local inbox holds it, with the recipient's name and address. */
public record ReceivedMessage(UUID messageId, String recipientName, String recipientKind, String recipientKey,
                              UUID patientId, String kind, String subject, String text, String payloadJson,
                              Instant receivedAt) {
}

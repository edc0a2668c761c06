package no.mila.dho.outbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.UUID;
import no.mila.dho.outbox.domain.ReceivedMessage;

/** A message in the local inbox of the demo: what the receiver got, with its structured payload. */
public record InboxView(UUID messageId, String recipientName, String recipientKind, String recipientKey,
                        UUID patientId, String kind, String subject, String text, JsonNode payload,
                        Instant receivedAt) {

    static InboxView of(ReceivedMessage r, ObjectMapper json) {
        JsonNode payload;
        try {
            payload = json.readTree(r.payloadJson());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("The inbox holds a payload that is not JSON", e);
        }
        return new InboxView(r.messageId(), r.recipientName(), r.recipientKind(), r.recipientKey(), r.patientId(),
                r.kind(), r.subject(), r.text(), payload, r.receivedAt());
    }
}

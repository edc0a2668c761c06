package no.mila.dho.outbox.domain;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A message a domain event writes: to one addressee, about one patient, with a Norwegian subject and text a person
 * can read, and a structured payload (JSON-serialisable: strings, numbers, booleans, lists and maps) a receiving
 * system can process.
 */
public record NewMessage(UUID patientId, MessageKind kind, Addressee to, String subject, String text,
                         Map<String, Object> payload) {

    public NewMessage {
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(to, "to");
        if (subject == null || subject.isBlank() || subject.length() > 200) {
            throw new IllegalArgumentException("A message needs a subject of 1-200 characters");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A message needs a text");
        }
        payload = payload == null ? Map.of() : Map.copyOf(payload);
    }
}

package no.mila.dho.outbox.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import no.mila.dho.outbox.domain.NewMessage;
import no.mila.dho.outbox.domain.OutgoingMessage;
import no.mila.dho.outbox.domain.RecipientKind;
import no.mila.dho.outbox.domain.SharingParty;
import no.mila.dho.outbox.persistence.OutboxRows;
import no.mila.dho.shared.security.CurrentUser;

/**
 * The transactional outbox: a domain event writes its outgoing message here, in the event's own transaction
 * ({@link Transactional.TxType#MANDATORY}), so the message exists exactly when the event does. A message the
 * patient's consent does not allow is stored WITHHELD (visible, never sent). Delivery is the worker's.
 */
@ApplicationScoped
public class Outbox {

    private final OutboxRows rows;
    private final SharingConsent consent;
    private final CurrentUser user;
    private final ObjectMapper json;
    private final Clock clock;

    public Outbox(OutboxRows rows, SharingConsent consent, CurrentUser user, ObjectMapper json, Clock clock) {
        this.rows = rows;
        this.consent = consent;
        this.user = user;
        this.json = json;
        this.clock = clock;
    }

    /** Writes {@code message} as sent by the caller; returns its stable message id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID write(NewMessage message) {
        return write(message, user.subject(), user.displayName());
    }

    /** Writes {@code message} as sent by {@code bySubject} (a job names itself, e.g. {@code system}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID write(NewMessage message, String bySubject, String byName) {
        UUID id = UUID.randomUUID();
        boolean withheld = !consent.allows(message.patientId(), party(message.to().kind()));
        rows.insert(id, message.patientId(), message.kind(), message.to(), message.subject(), message.text(),
                payload(message), clock.instant(), bySubject, byName, withheld);
        return id;
    }

    /** The patient's outgoing messages in the order they were written (no access check: callers check). */
    public List<OutgoingMessage> ofPatient(UUID patientId) {
        return rows.ofPatient(patientId);
    }

    /** The consent party that covers a recipient. */
    public static SharingParty party(RecipientKind kind) {
        return switch (kind) {
            case GP -> SharingParty.GP;
            case DEPARTMENT, HOSPITAL -> SharingParty.HOSPITAL;
            case HOME_NURSING, COORDINATOR -> SharingParty.MUNICIPALITY;
        };
    }

    private String payload(NewMessage message) {
        try {
            return json.writeValueAsString(message.payload());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The payload of a " + message.kind() + " message is not JSON", e);
        }
    }
}

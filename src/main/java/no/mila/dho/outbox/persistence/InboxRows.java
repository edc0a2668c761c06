package no.mila.dho.outbox.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.mila.dho.outbox.domain.OutgoingMessage;
import no.mila.dho.outbox.domain.ReceivedMessage;
import no.mila.dho.shared.persistence.SqlValues;

/** The SQL of the local inbox ({@code outbox_inbox}): what the receivers of the demo would have received. */
@ApplicationScoped
public class InboxRows {

    private final EntityManager em;

    public InboxRows(EntityManager em) {
        this.em = em;
    }

    /** Receives {@code message} for {@code recipientId}; a message already received (same id) is ignored. */
    public void receive(OutgoingMessage message, UUID recipientId, Instant at) {
        em.createNativeQuery("""
                        INSERT INTO outbox_inbox (message_id, recipient_id, patient_id, kind, subject, text, payload,
                               received_at)
                        VALUES (:id, :recipient, :patient, :kind, :subject, :text, CAST(:payload AS jsonb), :at)
                        ON CONFLICT (message_id) DO NOTHING""")
                .setParameter("id", message.id()).setParameter("recipient", recipientId)
                .setParameter("patient", message.patientId()).setParameter("kind", message.kind().name())
                .setParameter("subject", message.subject()).setParameter("text", message.text())
                .setParameter("payload", message.payloadJson()).setParameter("at", Timestamp.from(at))
                .executeUpdate();
    }

    /** A page of the inbox, newest first. */
    @SuppressWarnings("unchecked")
    public List<ReceivedMessage> page(int offset, int limit) {
        List<Tuple> rows = em.createNativeQuery("""
                        SELECT i.message_id AS message_id, r.name AS name, r.kind AS rkind, r.recipient_key AS rkey,
                               i.patient_id AS patient_id, i.kind AS kind, i.subject AS subject, i.text AS text,
                               CAST(i.payload AS text) AS payload, i.received_at AS received_at
                          FROM outbox_inbox i JOIN message_recipient r ON r.id = i.recipient_id
                         ORDER BY i.received_at DESC, i.message_id
                         OFFSET :offset LIMIT :limit""", Tuple.class)
                .setParameter("offset", offset).setParameter("limit", limit).getResultList();
        return rows.stream().map(t -> new ReceivedMessage(t.get("message_id", UUID.class), t.get("name", String.class),
                t.get("rkind", String.class), t.get("rkey", String.class), t.get("patient_id", UUID.class),
                t.get("kind", String.class), t.get("subject", String.class), t.get("text", String.class),
                t.get("payload", String.class), SqlValues.instant(t.get("received_at")))).toList();
    }

    public long count() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM outbox_inbox").getSingleResult()).longValue();
    }
}

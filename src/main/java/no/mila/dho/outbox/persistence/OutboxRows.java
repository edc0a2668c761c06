package no.mila.dho.outbox.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.mila.dho.outbox.domain.Addressee;
import no.mila.dho.outbox.domain.DeliveryState;
import no.mila.dho.outbox.domain.MessageKind;
import no.mila.dho.outbox.domain.OutgoingMessage;
import no.mila.dho.outbox.domain.RecipientKind;
import no.mila.dho.shared.persistence.SqlValues;

/** The SQL of the outbox ({@code outgoing_message}) and the recipient register ({@code message_recipient}). */
@ApplicationScoped
public class OutboxRows {

    static final String COLUMNS = """
            m.id AS id, m.seq AS seq, m.patient_id AS patient_id, m.kind AS kind, m.recipient_kind AS recipient_kind,
            m.recipient_key AS recipient_key, m.recipient_id AS recipient_id, m.subject AS subject, m.text AS text,
            CAST(m.payload AS text) AS payload, m.created_at AS created_at,
            coalesce(m.created_by_name, m.created_by_subject) AS created_by, m.state AS state, m.attempts AS attempts,
            m.next_attempt_at AS next_attempt_at, m.last_error AS last_error, m.delivered_at AS delivered_at""";

    private final EntityManager em;

    public OutboxRows(EntityManager em) {
        this.em = em;
    }

    /**
     * Writes a PENDING message, due at once, with the recipient the register has for its address (none: NULL), or
     * WITHHELD when {@code withheld} (the patient's consent does not allow sharing with that recipient).
     */
    public void insert(UUID id, UUID patientId, MessageKind kind, Addressee to, String subject, String text,
                       String payloadJson, Instant at, String bySubject, String byName, boolean withheld) {
        em.createNativeQuery("""
                        INSERT INTO outgoing_message (id, patient_id, kind, recipient_kind, recipient_key, recipient_id,
                               subject, text, payload, created_at, created_by_subject, created_by_name, state,
                               next_attempt_at, state_changed_at)
                        VALUES (:id, :patient, :kind, :rkind, :rkey,
                               (SELECT r.id FROM message_recipient r
                                 WHERE r.kind = :rkind AND r.recipient_key = :rkey AND r.active),
                               :subject, :text, CAST(:payload AS jsonb), :at, :subjectBy, :nameBy, :state, :at, :at)""")
                .setParameter("id", id).setParameter("patient", patientId).setParameter("kind", kind.name())
                .setParameter("rkind", to.kind().name()).setParameter("rkey", to.key())
                .setParameter("subject", subject).setParameter("text", text).setParameter("payload", payloadJson)
                .setParameter("at", Timestamp.from(at)).setParameter("subjectBy", bySubject)
                .setParameter("nameBy", byName)
                .setParameter("state", (withheld ? DeliveryState.WITHHELD : DeliveryState.PENDING).name())
                .executeUpdate();
    }

    /** The patient's messages in the order they were written. */
    @SuppressWarnings("unchecked")
    public List<OutgoingMessage> ofPatient(UUID patientId) {
        List<Tuple> rows = em.createNativeQuery("SELECT " + COLUMNS
                        + " FROM outgoing_message m WHERE m.patient_id = :patient ORDER BY m.seq", Tuple.class)
                .setParameter("patient", patientId).getResultList();
        return rows.stream().map(OutboxRows::message).toList();
    }

    /** How many messages are in each state (states without messages are absent). */
    @SuppressWarnings("unchecked")
    public Map<DeliveryState, Long> countByState() {
        List<Tuple> rows = em.createNativeQuery(
                "SELECT state AS state, count(*) AS n FROM outgoing_message GROUP BY state", Tuple.class).getResultList();
        Map<DeliveryState, Long> counts = new EnumMap<>(DeliveryState.class);
        rows.forEach(r -> counts.put(DeliveryState.valueOf(r.get("state", String.class)),
                ((Number) r.get("n")).longValue()));
        return counts;
    }

    public static OutgoingMessage message(Tuple t) {
        return new OutgoingMessage(t.get("id", UUID.class), ((Number) t.get("seq")).longValue(),
                t.get("patient_id", UUID.class), MessageKind.valueOf(t.get("kind", String.class)),
                new Addressee(RecipientKind.valueOf(t.get("recipient_kind", String.class)),
                        t.get("recipient_key", String.class)),
                t.get("recipient_id", UUID.class), t.get("subject", String.class), t.get("text", String.class),
                t.get("payload", String.class), SqlValues.instant(t.get("created_at")), t.get("created_by", String.class),
                DeliveryState.valueOf(t.get("state", String.class)), ((Number) t.get("attempts")).intValue(),
                SqlValues.instant(t.get("next_attempt_at")), t.get("last_error", String.class),
                SqlValues.instant(t.get("delivered_at")));
    }
}

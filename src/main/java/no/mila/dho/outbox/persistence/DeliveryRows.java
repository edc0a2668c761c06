package no.mila.dho.outbox.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.mila.dho.outbox.domain.DeliveryState;
import no.mila.dho.outbox.domain.OutgoingMessage;

/**
 * The worker's SQL on {@code outgoing_message}: claims the next due message with a row lock that other replicas skip,
 * and records each attempt's outcome.
 */
@ApplicationScoped
public class DeliveryRows {

    private final EntityManager em;

    public DeliveryRows(EntityManager em) {
        this.em = em;
    }

    /**
     * The next PENDING message due at {@code now} that no earlier PENDING message of the same patient to the same
     * address precedes (per-patient order), locked {@code FOR UPDATE SKIP LOCKED} until the transaction ends: a
     * message another replica holds is skipped, and so are the later ones of that patient and address, which its
     * PENDING state still precedes.
     */
    @SuppressWarnings("unchecked")
    public Optional<OutgoingMessage> claimNext(Instant now) {
        List<Tuple> rows = em.createNativeQuery("SELECT " + OutboxRows.COLUMNS + """
                         FROM outgoing_message m
                        WHERE m.state = 'PENDING' AND m.next_attempt_at <= :now
                          AND NOT EXISTS (SELECT 1 FROM outgoing_message e
                                           WHERE e.state = 'PENDING' AND e.patient_id = m.patient_id
                                             AND e.recipient_kind = m.recipient_kind
                                             AND e.recipient_key = m.recipient_key AND e.seq < m.seq)
                        ORDER BY m.next_attempt_at, m.seq
                        LIMIT 1
                        FOR UPDATE OF m SKIP LOCKED""", Tuple.class)
                .setParameter("now", Timestamp.from(now)).getResultList();
        return rows.stream().findFirst().map(OutboxRows::message);
    }

    /** The message is delivered to {@code recipientId}. */
    public void delivered(UUID id, UUID recipientId, Instant at) {
        update(id, DeliveryState.DELIVERED, recipientId, at, null, "delivered_at = :at,");
    }

    /** The attempt failed; try again at {@code next}. */
    public void retry(UUID id, UUID recipientId, Instant next, String error) {
        em.createNativeQuery("""
                        UPDATE outgoing_message SET attempts = attempts + 1, recipient_id = :recipient,
                               next_attempt_at = :next, last_error = :error
                         WHERE id = :id AND state = 'PENDING'""")
                .setParameter("id", id).setParameter("recipient", recipientId)
                .setParameter("next", Timestamp.from(next)).setParameter("error", clip(error)).executeUpdate();
    }

    /** Parked: no more attempts (a nurse may resend it). {@code counted}: this was an attempt at the receiver. */
    public void failed(UUID id, UUID recipientId, Instant at, String error, boolean counted) {
        update(id, DeliveryState.FAILED, recipientId, at, error, counted ? "attempts = attempts + 1," : "");
    }

    /** Not sent: the patient's consent no longer allows it. */
    public void withheld(UUID id, Instant at) {
        update(id, DeliveryState.WITHHELD, null, at, "Samtykket til deling tillater ikke denne meldingen", "");
    }

    private void update(UUID id, DeliveryState state, UUID recipientId, Instant at, String error, String extra) {
        var update = em.createNativeQuery("UPDATE outgoing_message SET " + extra
                        + (recipientId == null ? "" : " recipient_id = :recipient,") + """
                         state = :state, last_error = NULLIF(:error, ''), state_changed_at = :at
                         WHERE id = :id AND state = 'PENDING'""")
                .setParameter("id", id).setParameter("state", state.name()).setParameter("error", clip(error))
                .setParameter("at", Timestamp.from(at));
        if (recipientId != null) {
            update.setParameter("recipient", recipientId);
        }
        update.executeUpdate();
    }

    /** At most the column's 1000 characters; null as '' (NULLIF makes it NULL: a null parameter has no SQL type). */
    private static String clip(String error) {
        if (error == null) {
            return "";
        }
        return error.length() <= 1000 ? error : error.substring(0, 1000);
    }
}

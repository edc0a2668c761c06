package no.mila.dho.outbox.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.mila.dho.outbox.domain.OutgoingMessage;

/** The FAILED list of {@code outgoing_message} and the resend of one of them. */
@ApplicationScoped
public class FailedRows {

    private final EntityManager em;

    public FailedRows(EntityManager em) {
        this.em = em;
    }

    /** A page of the FAILED messages, the most recently parked first. */
    @SuppressWarnings("unchecked")
    public List<OutgoingMessage> page(int offset, int limit) {
        List<Tuple> rows = em.createNativeQuery("SELECT " + OutboxRows.COLUMNS + """
                         FROM outgoing_message m WHERE m.state = 'FAILED'
                        ORDER BY m.state_changed_at DESC, m.seq DESC OFFSET :offset LIMIT :limit""", Tuple.class)
                .setParameter("offset", offset).setParameter("limit", limit).getResultList();
        return rows.stream().map(OutboxRows::message).toList();
    }

    public long count() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM outgoing_message WHERE state = 'FAILED'")
                .getSingleResult()).longValue();
    }

    /** One message by id, locked for the resend. */
    @SuppressWarnings("unchecked")
    public Optional<OutgoingMessage> locked(UUID id) {
        List<Tuple> rows = em.createNativeQuery("SELECT " + OutboxRows.COLUMNS
                        + " FROM outgoing_message m WHERE m.id = :id FOR UPDATE", Tuple.class)
                .setParameter("id", id).getResultList();
        return rows.stream().findFirst().map(OutboxRows::message);
    }

    /** FAILED back to PENDING, due at once, with its attempts counted anew; the same message id. */
    public void resend(UUID id, Instant at, String bySubject, String byName) {
        em.createNativeQuery("""
                        UPDATE outgoing_message SET state = 'PENDING', attempts = 0, next_attempt_at = :at,
                               state_changed_at = :at, resent_at = :at, resent_by_subject = :subject,
                               resent_by_name = :name
                         WHERE id = :id AND state = 'FAILED'""")
                .setParameter("id", id).setParameter("at", Timestamp.from(at)).setParameter("subject", bySubject)
                .setParameter("name", byName).executeUpdate();
    }
}

package no.mila.dho.messaging.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.time.Instant;
import no.mila.dho.shared.persistence.SqlValues;

/** The threads with patient messages the service has not read, by id. */
@ApplicationScoped
public class UnreadRows {

    /** A thread with unread patient messages. */
    public record Unread(UUID threadId, String subject, long unread, Instant oldestUnreadAt) {
    }

    private final EntityManager em;

    public UnreadRows(EntityManager em) {
        this.em = em;
    }

    @SuppressWarnings("unchecked")
    public Map<UUID, Unread> of(Collection<UUID> threadIds) {
        List<Tuple> rows = em.createNativeQuery("""
                SELECT t.id AS thread_id, t.subject AS subject, u.unread AS unread, u.oldest_unread_at AS oldest_unread_at
                  FROM message_thread t JOIN unread_patient_message_view u ON u.thread_id = t.id
                 WHERE t.id = ANY(:ids)""", Tuple.class)
                .setParameter("ids", threadIds.toArray(UUID[]::new)).getResultList();
        return rows.stream().map(t -> new Unread(t.get("thread_id", UUID.class),
                        t.get("subject", String.class), t.get("unread", Number.class).longValue(),
                        SqlValues.instant(t.get("oldest_unread_at"))))
                .collect(Collectors.toMap(Unread::threadId, Function.identity()));
    }
}

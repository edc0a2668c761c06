package no.mila.dho.messaging.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import no.mila.dho.messaging.persistence.UnreadRows;

/**
 * What the worklist shows of a thread with patient messages the follow-up service has not read: its subject, how
 * many, since when. The worklist finds the threads through the published {@code unread_patient_message_view}.
 */
@ApplicationScoped
public class UnreadMessages {

    /** A thread with unread patient messages. */
    public record Line(UUID threadId, String subject, long unread, Instant oldestUnreadAt) {
    }

    private final UnreadRows rows;

    public UnreadMessages(UnreadRows rows) {
        this.rows = rows;
    }

    /** The lines of the threads {@code threadIds} (those without unread messages left are absent). */
    public Map<UUID, Line> of(Collection<UUID> threadIds) {
        if (threadIds.isEmpty()) {
            return Map.of();
        }
        return rows.of(threadIds).values().stream().collect(Collectors.toMap(UnreadRows.Unread::threadId,
                u -> new Line(u.threadId(), u.subject(), u.unread(), u.oldestUnreadAt())));
    }
}

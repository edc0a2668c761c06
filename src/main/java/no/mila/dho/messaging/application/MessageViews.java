package no.mila.dho.messaging.application;

import java.time.Instant;
import java.util.UUID;
import no.mila.dho.messaging.domain.Author;
import no.mila.dho.messaging.persistence.MessageRows;
import no.mila.dho.shared.paging.Page;

/** What the messaging feature answers: records, not rows. */
public final class MessageViews {

    private MessageViews() {
    }

    /** A thread; {@code unread} counts the other side's messages the reader has not read. */
    public record MessageThread(UUID id, String subject, Author startedBy, Instant startedAt, Instant lastMessageAt,
                         long unread) {

        static MessageThread of(MessageRows.ThreadRow r) {
            return new MessageThread(r.id(), r.subject(), r.startedBy(), r.startedAt(), r.lastMessageAt(), r.unread());
        }
    }

    /** A message: who wrote it and when, and whether (when, by whom) the other side read it. */
    public record ThreadMessage(UUID id, Author author, String authorName, String text, Instant sentAt, Instant readAt,
                          String readBy) {

        static ThreadMessage of(MessageRows.MessageRow r) {
            return new ThreadMessage(r.id(), r.author(), r.authorName(), r.body(), r.sentAt(), r.readAt(), r.readBy());
        }
    }

    /** A thread with a page of its messages, newest first. */
    public record ThreadWithMessages(MessageThread thread, Page<ThreadMessage> messages) {
    }

    /** What writing a message created: the message, and for a patient's message the automatic reply. */
    public record MessageSent(UUID threadId, UUID messageId, ThreadMessage automaticReply) {
    }
}

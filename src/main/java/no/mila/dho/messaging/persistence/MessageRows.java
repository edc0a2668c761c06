package no.mila.dho.messaging.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.mila.dho.messaging.domain.Author;
import no.mila.dho.shared.persistence.SqlValues;

/** The SQL of the threads ({@code message_thread}) and their messages ({@code patient_message}). */
@ApplicationScoped
public class MessageRows {

    /** A thread with the number of messages its reader has not read (the other side's). */
    public record ThreadRow(UUID id, UUID patientId, String subject, Author startedBy, Instant startedAt,
                            Instant lastMessageAt, long unread) {

        static ThreadRow of(Tuple t) {
            return new ThreadRow(t.get("id", UUID.class), t.get("patient_id", UUID.class), t.get("subject", String.class),
                    Author.valueOf(t.get("started_by", String.class)), SqlValues.instant(t.get("started_at")),
                    SqlValues.instant(t.get("last_message_at")), t.get("unread", Number.class).longValue());
        }
    }

    /** A message as stored. */
    public record MessageRow(UUID id, UUID threadId, Author author, String authorName, String body, Instant sentAt,
                             Instant readAt, String readBy) {

        static MessageRow of(Tuple t) {
            return new MessageRow(t.get("id", UUID.class), t.get("thread_id", UUID.class),
                    Author.valueOf(t.get("author", String.class)), t.get("author_name", String.class),
                    t.get("body", String.class), SqlValues.instant(t.get("sent_at")),
                    SqlValues.instant(t.get("read_at")), t.get("read_by", String.class));
        }
    }

    /** Who wrote or read: subject and display name. */
    public record Person(String subject, String name) {
    }

    private static final String UNREAD_BY_PATIENT = "m.author <> 'PATIENT'";
    private static final String UNREAD_BY_SERVICE = "m.author = 'PATIENT'";

    private final EntityManager em;

    public MessageRows(EntityManager em) {
        this.em = em;
    }

    public void insertThread(UUID id, UUID patientId, String subject, Author startedBy, Instant at) {
        em.createNativeQuery("INSERT INTO message_thread (id, patient_id, subject, started_by, started_at, "
                        + "last_message_at) VALUES (:id, :patient, :subject, :by, :at, :at)")
                .setParameter("id", id).setParameter("patient", patientId).setParameter("subject", subject)
                .setParameter("by", startedBy == Author.PATIENT ? "PATIENT" : "SERVICE")
                .setParameter("at", Timestamp.from(at)).executeUpdate();
    }

    public void insertMessage(UUID id, UUID threadId, UUID patientId, Author author, Person by, String body,
                              Instant at) {
        em.createNativeQuery("INSERT INTO patient_message (id, thread_id, patient_id, author, author_subject, "
                        + "author_name, body, sent_at) VALUES (:id, :thread, :patient, :author, :subject, :name, :body, :at)")
                .setParameter("id", id).setParameter("thread", threadId).setParameter("patient", patientId)
                .setParameter("author", author.name()).setParameter("subject", by.subject())
                .setParameter("name", by.name()).setParameter("body", body).setParameter("at", Timestamp.from(at))
                .executeUpdate();
        em.createNativeQuery("UPDATE message_thread SET last_message_at = greatest(last_message_at, :at) WHERE id = :id")
                .setParameter("at", Timestamp.from(at)).setParameter("id", threadId).executeUpdate();
    }

    /** The thread, if it is the patient's; locked, so that messages to it are numbered in order. */
    public boolean lockThread(UUID patientId, UUID threadId) {
        return !em.createNativeQuery("SELECT id FROM message_thread WHERE id = :id AND patient_id = :patient FOR UPDATE")
                .setParameter("id", threadId).setParameter("patient", patientId).getResultList().isEmpty();
    }

    /** The patient's threads, latest message first, with the messages unread by the patient or by the service. */
    @SuppressWarnings("unchecked")
    public List<ThreadRow> threads(UUID patientId, boolean forPatient, int page, int size) {
        List<Tuple> rows = em.createNativeQuery(threadSelect(forPatient) + " WHERE t.patient_id = :patient "
                        + "ORDER BY t.last_message_at DESC, t.id LIMIT :limit OFFSET :offset", Tuple.class)
                .setParameter("patient", patientId).setParameter("limit", size).setParameter("offset", page * size)
                .getResultList();
        return rows.stream().map(ThreadRow::of).toList();
    }

    public long countThreads(UUID patientId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM message_thread WHERE patient_id = :patient")
                .setParameter("patient", patientId).getSingleResult()).longValue();
    }

    /** The thread with its unread count for the reader, if it is the patient's. */
    @SuppressWarnings("unchecked")
    public Optional<ThreadRow> thread(UUID patientId, UUID threadId, boolean forPatient) {
        List<Tuple> rows = em.createNativeQuery(threadSelect(forPatient) + " WHERE t.id = :id AND t.patient_id = :patient",
                        Tuple.class)
                .setParameter("id", threadId).setParameter("patient", patientId).getResultList();
        return rows.stream().findFirst().map(ThreadRow::of);
    }

    /** A page of the thread's messages, newest first. */
    @SuppressWarnings("unchecked")
    public List<MessageRow> messages(UUID threadId, int page, int size) {
        List<Tuple> rows = em.createNativeQuery("""
                SELECT m.id, m.thread_id, m.author, coalesce(m.author_name, m.author_subject) AS author_name, m.body,
                       m.sent_at, m.read_at, coalesce(m.read_by_name, m.read_by_subject) AS read_by
                  FROM patient_message m WHERE m.thread_id = :thread
                 ORDER BY m.seq DESC LIMIT :limit OFFSET :offset""", Tuple.class)
                .setParameter("thread", threadId).setParameter("limit", size).setParameter("offset", page * size)
                .getResultList();
        return rows.stream().map(MessageRow::of).toList();
    }

    public long countMessages(UUID threadId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM patient_message WHERE thread_id = :thread")
                .setParameter("thread", threadId).getSingleResult()).longValue();
    }

    /** Marks the other side's unread messages of the thread read by {@code by}; the number marked. */
    public int markRead(UUID threadId, boolean byPatient, Person by, Instant at) {
        return em.createNativeQuery("UPDATE patient_message m SET read_at = :at, read_by_subject = :subject, "
                        + "read_by_name = :name WHERE m.thread_id = :thread AND m.read_at IS NULL AND "
                        + unread(byPatient))
                .setParameter("at", Timestamp.from(at)).setParameter("subject", by.subject())
                .setParameter("name", by.name()).setParameter("thread", threadId).executeUpdate();
    }

    /** The service's message {@code messageId}, if it is in one of the patient's threads. */
    public boolean isServiceMessageOf(UUID patientId, UUID messageId) {
        return !em.createNativeQuery("SELECT id FROM patient_message WHERE id = :id AND patient_id = :patient "
                        + "AND author = 'SERVICE'")
                .setParameter("id", messageId).setParameter("patient", patientId).getResultList().isEmpty();
    }

    /** The threads with the number of the other side's messages the reader has not read. */
    private static String threadSelect(boolean forPatient) {
        return """
                SELECT t.id, t.patient_id, t.subject, t.started_by, t.started_at, t.last_message_at,
                       (SELECT count(*) FROM patient_message m WHERE m.thread_id = t.id AND m.read_at IS NULL
                           AND %s) AS unread
                  FROM message_thread t""".formatted(unread(forPatient));
    }

    private static String unread(boolean forPatient) {
        return forPatient ? UNREAD_BY_PATIENT : UNREAD_BY_SERVICE;
    }
}

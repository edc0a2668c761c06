package no.mila.dho.messaging.application;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import no.mila.dho.messaging.application.MessageViews.ThreadMessage;
import no.mila.dho.messaging.application.MessageViews.MessageSent;
import no.mila.dho.messaging.application.MessageViews.MessageThread;
import no.mila.dho.messaging.application.MessageViews.ThreadWithMessages;
import no.mila.dho.messaging.domain.Author;
import no.mila.dho.messaging.domain.AutomaticReply;
import no.mila.dho.messaging.persistence.MessageRows;
import no.mila.dho.messaging.persistence.MessageRows.Person;
import no.mila.dho.patient.application.PatientAccess;
import no.mila.dho.shared.paging.Page;
import no.mila.dho.shared.paging.PageRequest;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.security.CurrentUser;
import no.mila.dho.shared.security.Roles;

/**
 * The threads between a patient and the follow-up service. Each side is a {@link Party} found through
 * {@link PatientAccess} (which also writes the patient into the access log): the patient by their login, the service
 * as a nurse who may see the patient's clinical data. Physicians and coordinators are no party (docs/messages.md).
 * Every patient message is answered in its own transaction by the {@link AutomaticReply}.
 */
@ApplicationScoped
public class MessageThreads {

    static final Person AUTOMATIC = new Person("system:automatic-reply", "Oppfølgingstjenesten (automatisk svar)");

    private final MessageRows rows;
    private final PatientAccess access;
    private final CurrentUser user;
    private final Clock clock;

    public MessageThreads(MessageRows rows, PatientAccess access, CurrentUser user, Clock clock) {
        this.rows = rows;
        this.access = access;
        this.user = user;
        this.clock = clock;
    }

    /** The caller as the patient of their own threads; 404 without a linked record. */
    public Party me() {
        return new Party(access.requireSelfId(), true);
    }

    /** The caller as the follow-up service for the patient: a nurse who may see them; else 404 (403 for others). */
    public Party service(UUID patientId) {
        if (!user.hasRole(Roles.NURSE)) {
            throw new ForbiddenException("Only nurses of the follow-up service read and answer messages");
        }
        access.requireClinical(patientId);
        return new Party(patientId, false);
    }

    public Page<MessageThread> threads(Party party, PageRequest page) {
        long total = rows.countThreads(party.patientId());
        return Page.of(rows.threads(party.patientId(), party.patient(), page.page(), page.size()).stream()
                .map(MessageThread::of).toList(), page, total);
    }

    public ThreadWithMessages thread(Party party, UUID threadId, PageRequest page) {
        MessageThread thread = rows.thread(party.patientId(), threadId, party.patient()).map(MessageThread::of)
                .orElseThrow(() -> notFound(threadId));
        Page<ThreadMessage> messages = Page.of(rows.messages(threadId, page.page(), page.size()).stream()
                .map(ThreadMessage::of).toList(), page, rows.countMessages(threadId));
        return new ThreadWithMessages(thread, messages);
    }

    @Transactional
    public MessageSent start(Party party, String subject, String text) {
        UUID threadId = UUID.randomUUID();
        rows.insertThread(threadId, party.patientId(), subject, author(party), clock.instant());
        return send(party, threadId, text);
    }

    /** A message to the thread; the writer has read the other side's messages before it. */
    @Transactional
    public MessageSent write(Party party, UUID threadId, String text) {
        if (!rows.lockThread(party.patientId(), threadId)) {
            throw notFound(threadId);
        }
        rows.markRead(threadId, party.patient(), caller(), clock.instant());
        return send(party, threadId, text);
    }

    /** Marks the other side's messages of the thread read by the caller. */
    @Transactional
    public void read(Party party, UUID threadId) {
        if (!rows.lockThread(party.patientId(), threadId)) {
            throw notFound(threadId);
        }
        rows.markRead(threadId, party.patient(), caller(), clock.instant());
    }

    private MessageSent send(Party party, UUID threadId, String text) {
        Instant now = clock.instant();
        UUID messageId = UUID.randomUUID();
        rows.insertMessage(messageId, threadId, party.patientId(), author(party), caller(), text, now);
        if (!party.patient()) {
            return new MessageSent(threadId, messageId, null);
        }
        UUID replyId = UUID.randomUUID();
        String reply = AutomaticReply.to(now);
        rows.insertMessage(replyId, threadId, party.patientId(), Author.AUTOMATIC, AUTOMATIC, reply, now);
        return new MessageSent(threadId, messageId,
                new ThreadMessage(replyId, Author.AUTOMATIC, AUTOMATIC.name(), reply, now, null, null));
    }

    private Person caller() {
        return new Person(user.subject(), user.displayName());
    }

    private static Author author(Party party) {
        return party.patient() ? Author.PATIENT : Author.SERVICE;
    }

    private static ProblemException notFound(UUID threadId) {
        return ProblemException.notFound("Message thread " + threadId);
    }
}

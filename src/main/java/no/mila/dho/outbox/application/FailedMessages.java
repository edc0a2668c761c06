package no.mila.dho.outbox.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import no.mila.dho.audit.AuditContext;
import no.mila.dho.outbox.domain.DeliveryState;
import no.mila.dho.outbox.domain.OutgoingMessage;
import no.mila.dho.outbox.domain.ReceivedMessage;
import no.mila.dho.outbox.persistence.FailedRows;
import no.mila.dho.outbox.persistence.InboxRows;
import no.mila.dho.shared.paging.Page;
import no.mila.dho.shared.paging.PageRequest;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;

/**
 * What nurses see of delivery: the FAILED messages (with the reason) that they may send again, and the local inbox
 * of the demo. A resend (logged with the message's patient) keeps the message id, so a receiver that did get an earlier attempt ignores it.
 */
@ApplicationScoped
public class FailedMessages {

    private final FailedRows failed;
    private final InboxRows inbox;
    private final AuditContext audit;
    private final Clock clock;

    public FailedMessages(FailedRows failed, InboxRows inbox, AuditContext audit, Clock clock) {
        this.failed = failed;
        this.inbox = inbox;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Page<OutgoingMessage> failed(PageRequest page) {
        return Page.of(failed.page(page.page() * page.size(), page.size()), page, failed.count());
    }

    @Transactional
    public Page<ReceivedMessage> inbox(PageRequest page) {
        return Page.of(inbox.page(page.page() * page.size(), page.size()), page, inbox.count());
    }

    /** Puts a FAILED message back to PENDING, due at once; 404 unknown, 409 when it is not FAILED. */
    @Transactional
    public OutgoingMessage resend(UUID id, String bySubject, String byName) {
        OutgoingMessage message = failed.locked(id).orElseThrow(() -> ProblemException.notFound("Message " + id));
        audit.patient(message.patientId());
        if (message.state() != DeliveryState.FAILED) {
            throw new ProblemException(ProblemType.ILLEGAL_TRANSITION, "Only a FAILED message can be sent again; "
                    + "this one is " + message.state());
        }
        failed.resend(id, clock.instant(), bySubject, byName);
        return failed.locked(id).orElseThrow();
    }
}

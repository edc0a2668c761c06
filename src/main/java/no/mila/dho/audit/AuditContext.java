package no.mila.dho.audit;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.UUID;

/**
 * What the application learnt during a request that the access log needs: the patient, a refusal, and whether the
 * request's row was already written by the request's own statement ({@link StatementAccessLog}). The row's id is
 * reserved here, so that the statement and the filter would write the same row: a row can land once, never twice.
 */
@RequestScoped
public class AuditContext {

    private UUID patientId;
    private boolean refused;
    private String reason;
    private UUID entryId;
    private boolean written;

    public void patient(UUID id) {
        this.patientId = id;
    }

    /** The request was refused by the access policy (it is answered 404, logged as denied). */
    public void refused(UUID id) {
        this.patientId = id;
        this.refused = true;
    }

    /** Why the access was allowed when the caller's role alone does not explain it (logged with the row). */
    public void reason(String reason) {
        this.reason = reason;
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    public Optional<UUID> patientId() {
        return Optional.ofNullable(patientId);
    }

    public boolean isRefused() {
        return refused;
    }

    /** The id of this request's access-log row (the same for whoever writes it). */
    public UUID entryId() {
        if (entryId == null) {
            entryId = UUID.randomUUID();
        }
        return entryId;
    }

    /** The row {@link #entryId()} was committed with the request's own statement: the filter writes none. */
    public void writtenByStatement() {
        this.written = true;
    }

    public boolean isWrittenByStatement() {
        return written;
    }
}

package no.mila.dho.audit;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.UUID;

/** What the application learnt during a request that the access log needs: the patient, and a refusal. */
@RequestScoped
public class AuditContext {

    private UUID patientId;
    private boolean refused;
    private String reason;

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
}

package no.mila.dho.audit.application;

import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;
import no.mila.dho.audit.domain.AccessAction;

/**
 * The audited REST method the current request reached, as {@link AccessLogFilter} describes it in the row (action,
 * what, request id, the path's patient), for the row a statement writes itself ({@link StatementAccessLogs}).
 * Empty outside a request to an {@code @Audited} method.
 */
@RequestScoped
public class AuditedRequest {

    private AccessAction action;
    private String what;
    private String requestId;
    private UUID pathPatient;

    void reached(AccessAction action, String what, String requestId, UUID pathPatient) {
        this.action = action;
        this.what = what;
        this.requestId = requestId;
        this.pathPatient = pathPatient;
    }

    boolean isAudited() {
        return action != null;
    }

    AccessAction action() {
        return action;
    }

    String what() {
        return what;
    }

    String requestId() {
        return requestId;
    }

    UUID pathPatient() {
        return pathPatient;
    }
}

package no.mila.dho.audit.application;

import java.time.Instant;
import no.mila.dho.audit.domain.AccessAction;
import no.mila.dho.audit.domain.AccessOutcome;
import no.mila.dho.audit.persistence.AccessLogEntity;

/** One row of the access log as it is shown (who, when, what, how it ended), read by {@link AccessLogQueries}. */
public record LoggedAccess(Instant at, String actorName, String actorRole, String actorHpr, String actorMunicipality,
                           AccessAction action, String resource, AccessOutcome outcome, String requestId,
                           String reason) {

    static LoggedAccess of(AccessLogEntity e) {
        return new LoggedAccess(e.at, e.actorName, e.actorRole, e.actorHpr, e.actorMunicipality, e.action, e.resource,
                e.outcome, e.requestId, e.reason);
    }
}

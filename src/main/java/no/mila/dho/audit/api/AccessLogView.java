package no.mila.dho.audit.api;

import java.time.Instant;
import no.mila.dho.audit.application.LoggedAccess;
import no.mila.dho.audit.domain.AccessAction;
import no.mila.dho.audit.domain.AccessOutcome;

/** One access to a patient's data, as shown to the patient (§ 18) and to the follow-up service. */
public record AccessLogView(Instant at, String actorName, String actorRole, String actorHpr,
                            String actorMunicipality, AccessAction action, String resource, AccessOutcome outcome,
                            String requestId, String reason) {

    public static AccessLogView of(LoggedAccess e) {
        return new AccessLogView(e.at(), e.actorName(), e.actorRole(), e.actorHpr(), e.actorMunicipality(), e.action(),
                e.resource(), e.outcome(), e.requestId(), e.reason());
    }
}

package no.mila.dho.audit.application;

import java.time.Instant;
import java.util.UUID;
import no.mila.dho.audit.domain.AccessAction;
import no.mila.dho.audit.domain.AccessOutcome;

/**
 * One row of the access log with all it holds, its own id ({@code entryId}) and the actor's login subject included:
 * what a standard audit record (the FHIR {@code AuditEvent}) of the access needs, read by {@link AccessLogSearch}.
 */
public record AuditedAccess(UUID entryId, Instant at, String actorSubject, String actorName, String actorRole,
                            String actorHpr, String actorMunicipality, UUID patientId, AccessAction action,
                            String resource, AccessOutcome outcome, int httpStatus, String requestId) {
}

package no.mila.dho.audit.application;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;
import no.mila.dho.audit.AuditContext;
import no.mila.dho.audit.domain.AccessAction;
import no.mila.dho.audit.domain.AccessLogEntry;
import no.mila.dho.audit.domain.AccessOutcome;
import no.mila.dho.shared.security.CurrentUser;
import no.mila.dho.shared.security.PrimaryRole;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The one access-log row of a request that is not a REST method marked {@code @Audited}: the FHIR server's reads,
 * searches and creations. Same row, same rules as {@link AccessLogFilter}: who (from the token), which patient (from
 * the request's {@link AuditContext}), what, how it ended (a refusal by the access policy is DENIED), request id.
 */
@ApplicationScoped
public class AccessLogRows {

    private final AccessLogWriter writer;
    private final AuditContext context;
    private final Clock clock;

    public AccessLogRows(AccessLogWriter writer, AuditContext context, Clock clock) {
        this.writer = writer;
        this.context = context;
        this.clock = clock;
    }

    /** Writes the row; call it on a worker thread after the answer's status is known. */
    public void write(SecurityIdentity identity, AccessAction action, String what, int status, String requestId) {
        writer.write(new AccessLogEntry(UUID.randomUUID(), clock.instant(), actorOf(identity),
                context.patientId().orElse(null), action, what, AccessOutcome.of(status, context.isRefused()), status,
                requestId, context.reason().orElse(null)));
    }

    /** Who made the request, from the token ({@code anonymous} without one). */
    static AccessLogEntry.Actor actorOf(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return AccessLogEntry.Actor.ANONYMOUS;
        }
        String role = PrimaryRole.of(identity.getRoles()).orElse(null);
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            return new AccessLogEntry.Actor(token.getSubject() != null ? token.getSubject() : token.getName(),
                    CurrentUser.claim(token, "name").orElse(token.getName()), role,
                    CurrentUser.claim(token, "hpr").orElse(null),
                    CurrentUser.claim(token, "municipality").filter(m -> m.matches("[0-9]{4}")).orElse(null));
        }
        return new AccessLogEntry.Actor(identity.getPrincipal().getName(), null, role, null, null);
    }
}

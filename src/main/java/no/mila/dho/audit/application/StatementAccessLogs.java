package no.mila.dho.audit.application;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import no.mila.dho.audit.AuditContext;
import no.mila.dho.audit.StatementAccessLog;
import no.mila.dho.audit.domain.AccessLogEntry;
import no.mila.dho.audit.domain.AccessOutcome;
import no.mila.dho.audit.persistence.AccessLogInserts;
import no.mila.dho.shared.persistence.SqlPart;

/**
 * The row a successful write logs in its own statement: the same fields {@link AccessLogFilter} writes (who from the
 * token, the patient the application named or the path's, action and what of the {@code @Audited} method, request
 * id, reason), outcome ALLOWED and status 201, under the row id the request reserved in {@link AuditContext}.
 */
@ApplicationScoped
public class StatementAccessLogs implements StatementAccessLog {

    private static final int CREATED = 201;

    private final AuditContext context;
    private final AuditedRequest reached;
    private final CurrentIdentityAssociation identities;
    private final AccessLogInserts inserts;
    private final Clock clock;

    public StatementAccessLogs(AuditContext context, AuditedRequest reached, CurrentIdentityAssociation identities,
                               AccessLogInserts inserts, Clock clock) {
        this.context = context;
        this.reached = reached;
        this.identities = identities;
        this.inserts = inserts;
        this.clock = clock;
    }

    @Override
    public SqlPart rowOf(String source) {
        if (!Arc.container().requestContext().isActive() || !reached.isAudited()) {
            return AccessLogInserts.NO_ROW;
        }
        return inserts.rowOf(source, new AccessLogEntry(context.entryId(), clock.instant(),
                AccessLogRows.actorOf(identities.getIdentity()), context.patientId().orElse(reached.pathPatient()),
                reached.action(), reached.what(), AccessOutcome.of(CREATED, false), CREATED, reached.requestId(),
                context.reason().orElse(null)));
    }

    @Override
    public void written() {
        if (Arc.container().requestContext().isActive()) {
            context.writtenByStatement();
        }
    }
}

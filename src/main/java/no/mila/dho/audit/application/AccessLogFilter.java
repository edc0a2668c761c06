package no.mila.dho.audit.application;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import no.mila.dho.audit.AuditContext;
import no.mila.dho.audit.Audited;
import no.mila.dho.audit.domain.AccessOutcome;
import no.mila.dho.audit.domain.AccessLogEntry;
import no.mila.dho.shared.web.RequestId;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * After every request to an {@link Audited} method, whatever its outcome (401 and 403 included), writes
 * exactly one access-log row: who (from the token), which patient, what, how it ended, and the request id. When the
 * request's own statement already wrote the row (a new report, {@link no.mila.dho.audit.StatementAccessLog}), it
 * writes none; every other outcome of that request (a retry, 401, 403, 404, 409, 422, 500, the database down) is
 * logged here as for any request, under the row id the request reserved ({@link AuditContext#entryId()}).
 */
public class AccessLogFilter {

    private final AccessLogWriter writer;
    private final AuditContext context;
    private final AuditedRequest reached;
    private final CurrentIdentityAssociation identities;
    private final Clock clock;

    public AccessLogFilter(AccessLogWriter writer, AuditContext context, AuditedRequest reached,
                           CurrentIdentityAssociation identities, Clock clock) {
        this.writer = writer;
        this.context = context;
        this.reached = reached;
        this.identities = identities;
        this.clock = clock;
    }

    /** Notes the audited method the request reached, for a row its own statement may write. */
    @ServerRequestFilter
    public void reached(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        Audited audited = method == null ? null : method.getAnnotation(Audited.class);
        if (audited != null) {
            reached.reached(audited.value(), what(audited, request), request.getHeaderString(RequestId.HEADER),
                    pathPatient(request).orElse(null));
        }
    }

    @ServerResponseFilter
    public Uni<Void> log(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        Audited audited = method == null ? null : method.getAnnotation(Audited.class);
        if (audited == null || context.isWrittenByStatement()) {
            return Uni.createFrom().voidItem();
        }
        UUID id = context.entryId();
        Instant at = clock.instant();
        String what = what(audited, request);
        UUID patient = context.patientId().orElseGet(() -> pathPatient(request).orElse(null));
        AccessOutcome outcome = AccessOutcome.of(response.getStatus(), context.isRefused());
        int status = response.getStatus();
        String requestId = request.getHeaderString(RequestId.HEADER);
        Uni<SecurityIdentity> identity = identities.getDeferredIdentity().onFailure().recoverWithItem((SecurityIdentity) null);
        if (!Context.isOnWorkerThread()) {
            // never block an event-loop thread with the insert; a worker of the request's own context keeps its log
            // context (request id, subject) for what the writer logs
            identity = identity.emitOn(onWorker(Vertx.currentContext()));
        }
        return identity.invoke(actor -> writer.write(new AccessLogEntry(id, at, AccessLogRows.actorOf(actor), patient,
                audited.value(), what, outcome, status, requestId, context.reason().orElse(null)))).replaceWithVoid();
    }

    private static String what(Audited audited, ContainerRequestContext request) {
        return audited.resource() + " " + request.getMethod() + " /" + request.getUriInfo().getPath().replaceFirst("^/", "");
    }

    private static Executor onWorker(Context request) {
        if (request == null) {
            return Infrastructure.getDefaultWorkerPool();
        }
        return task -> request.executeBlocking(() -> {
            task.run();
            return null;
        }, false);
    }

    private static Optional<UUID> pathPatient(ContainerRequestContext request) {
        String value = request.getUriInfo().getPathParameters().getFirst("patientId");
        try {
            return value == null ? Optional.empty() : Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

package no.mila.dho.shared.web;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.core.runtime.VertxMDC;
import io.vertx.core.Context;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.MDC;

/**
 * What every log line of a request carries in the MDC: the request id and the caller's token subject ({@code sub},
 * never a name, a national id or anything else about a patient). Quarkus keeps the MDC of a request in its Vert.x
 * duplicated context, so the lines logged on the event loop, on worker threads and on virtual threads that serve the
 * request all carry it; the trace and span id are added there by OpenTelemetry while tracing is on (ADR 0010).
 */
public final class LogContext {

    public static final String REQUEST_ID = RequestId.MDC_KEY;
    public static final String USER_SUBJECT = "userSubject";

    private LogContext() {
    }

    /** A request starts: its id, and no subject until the caller is authenticated. */
    static void requestStarted(String requestId) {
        MDC.put(REQUEST_ID, requestId);
        MDC.remove(USER_SUBJECT);
    }

    /**
     * The caller is authenticated: its subject goes into the MDC of the request's own context, which need not be the
     * context that completed the authentication (a key set refresh ends on the HTTP client's).
     */
    static void authenticated(Context request, SecurityIdentity identity) {
        subjectOf(identity).ifPresent(subject -> {
            if (request != null) {
                VertxMDC.INSTANCE.put(USER_SUBJECT, subject, request);
            } else {
                MDC.put(USER_SUBJECT, subject);
            }
        });
    }

    /** The access token's subject; empty for an anonymous caller or a principal that is not a token. */
    static Optional<String> subjectOf(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()
                || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Optional.empty();
        }
        return Optional.ofNullable(token.getSubject()).filter(s -> !s.isBlank());
    }
}

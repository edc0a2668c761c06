package no.mila.dho.shared.web;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.function.BiConsumer;
import no.mila.dho.shared.problem.HttpDetails;
import no.mila.dho.shared.problem.ProblemType;

/**
 * Every path under {@code /api/} and {@code /fhir/} needs an authenticated caller, and that is checked before the
 * REST layer looks at the path, the method or the media types: an unauthenticated caller gets 401 problem+json
 * (an OperationOutcome under {@code /fhir/}), never 404, 405, 406 or 415. The FHIR CapabilityStatement and the SMART
 * configuration are public, as those specifications expect. Roles are checked afterwards by the resources ({@code @RolesAllowed}). Authentication
 * stays lazy elsewhere ({@code quarkus.http.auth.proactive=false}), so health and OpenAPI stay public. The caller's
 * subject goes into the request's log context here ({@link LogContext}).
 */
@ApplicationScoped
public class AuthenticationFirst {

    private static final List<String> PROTECTED = List.of("/api/", "/fhir/");
    /**
     * Public by the FHIR and SMART specifications: the CapabilityStatement and the SMART configuration; public on
     * purpose: answering the user survey by its single-use link, without a login (docs/survey.md).
     */
    private static final List<String> PUBLIC = List.of("/fhir/r4/metadata", "/fhir/r4/.well-known/smart-configuration",
            "/api/survey-responses", "/api/survey-responses/questionnaire");
    /** The 401 of the FHIR server, an OperationOutcome (FHIR clients read no problem+json). */
    private static final String FHIR_UNAUTHORIZED = "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":"
            + "\"error\",\"code\":\"login\",\"diagnostics\":\"A valid bearer access token is required\"}]}";
    private static final String REFUSED = AuthenticationFirst.class.getName() + ".refused";

    private final RouteProblems problems;
    private final Event<UnauthenticatedRequest> refusals;

    public AuthenticationFirst(RouteProblems problems, Event<UnauthenticatedRequest> refusals) {
        this.problems = problems;
        this.refusals = refusals;
    }

    void register(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::requireIdentity);
    }

    private void requireIdentity(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (PROTECTED.stream().noneMatch(path::startsWith) || PUBLIC.contains(path)) {
            ctx.next();
            return;
        }
        BiConsumer<RoutingContext, Throwable> refused = (failed, cause) -> unauthorized(failed);
        ctx.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, refused);
        Context request = Vertx.currentContext();
        QuarkusHttpUser.getSecurityIdentity(ctx, null).subscribe().with(
                identity -> continueIfAuthenticated(ctx, request, identity),
                failure -> unauthorized(ctx));
    }

    private void continueIfAuthenticated(RoutingContext ctx, Context request, SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            unauthorized(ctx);
        } else {
            LogContext.authenticated(request, identity);
            ctx.next();
        }
    }

    /**
     * Answers 401 once (a failed authentication reaches both the failure handler and the subscriber), after the
     * refusal was announced on a worker thread, so the access log has its row before the caller has the answer.
     */
    private void unauthorized(RoutingContext ctx) {
        if (ctx.response().headWritten() || ctx.get(REFUSED) != null) {
            return;
        }
        ctx.put(REFUSED, Boolean.TRUE);
        UnauthenticatedRequest refused = new UnauthenticatedRequest(ctx.request().method().name(), ctx.normalizedPath(),
                ctx.response().headers().get(RequestId.HEADER));
        ctx.vertx().executeBlocking(() -> {
            refusals.fire(refused);
            return null;
        }, false).onComplete(announced -> {
            ctx.response().putHeader("WWW-Authenticate", "Bearer");
            if (ctx.normalizedPath().startsWith("/fhir/")) {
                ctx.response().setStatusCode(401).putHeader("Content-Type", "application/fhir+json")
                        .end(FHIR_UNAUTHORIZED);
            } else {
                problems.end(ctx, ProblemType.UNAUTHORIZED, HttpDetails.detailFor(401));
            }
        });
    }
}

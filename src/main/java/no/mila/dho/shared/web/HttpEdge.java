package no.mila.dho.shared.web;

import io.opentelemetry.api.trace.Span;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import no.mila.dho.shared.problem.ProblemType;

/**
 * The outermost HTTP handlers: the first one fixes the request id (header, response, logs and, while tracing is on,
 * the request's span as {@code dho.request_id}) for every route, the last one answers any path that no route served
 * with a problem+json 404.
 */
@ApplicationScoped
public class HttpEdge {

    private final RouteProblems problems;

    public HttpEdge(RouteProblems problems) {
        this.problems = problems;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::assignRequestId);
        router.route().last().handler(this::notFound);
    }

    private void assignRequestId(RoutingContext ctx) {
        String id = RequestId.acceptOrGenerate(ctx.request().getHeader(RequestId.HEADER));
        ctx.request().headers().set(RequestId.HEADER, id);
        ctx.response().putHeader(RequestId.HEADER, id);
        LogContext.requestStarted(id);
        Span.current().setAttribute(RequestId.SPAN_ATTRIBUTE, id);
        ctx.next();
    }

    private void notFound(RoutingContext ctx) {
        problems.end(ctx, ProblemType.NOT_FOUND, "No resource at this path");
    }
}

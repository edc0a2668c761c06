package no.mila.dho.shared.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import no.mila.dho.shared.problem.Problem;
import no.mila.dho.shared.problem.ProblemType;
import org.jboss.logging.MDC;

/**
 * The outermost HTTP handlers: the first one fixes the request id (header, response, logs) for every
 * route, the last one answers any path that no route served with a problem+json 404.
 */
@ApplicationScoped
public class HttpEdge {

    private final ObjectMapper json;

    public HttpEdge(ObjectMapper json) {
        this.json = json;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::assignRequestId);
        router.route().last().handler(this::notFound);
    }

    private void assignRequestId(RoutingContext ctx) {
        String id = RequestId.acceptOrGenerate(ctx.request().getHeader(RequestId.HEADER));
        ctx.request().headers().set(RequestId.HEADER, id);
        ctx.response().putHeader(RequestId.HEADER, id);
        MDC.put(RequestId.MDC_KEY, id);
        ctx.next();
    }

    private void notFound(RoutingContext ctx) {
        ProblemType type = ProblemType.NOT_FOUND;
        Problem problem = new Problem(type.uri(), type.title(), type.status(), "No resource at this path",
                ctx.request().path(), ctx.request().getHeader(RequestId.HEADER), null);
        try {
            ctx.response().setStatusCode(type.status())
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            ctx.fail(e);
        }
    }
}

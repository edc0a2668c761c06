package no.mila.dho.shared.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure inside the REST layer into RFC 9457 problem+json (the one home of exception mapping). Nothing
 * internal (stack trace, class name, SQL) reaches the caller; unexpected errors are logged with the request id
 * instead.
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri, HttpHeaders headers) {
        return ProblemResponses.of(e.type(), e.getMessage(), e.violations(), uri, headers);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        if (ConstraintViolations.concernsResponse(e)) {
            LOG.error("A response failed its own validation", e);
            return ProblemResponses.of(ProblemType.INTERNAL_ERROR, "The service could not produce a valid answer",
                    List.of(), uri, headers);
        }
        return ProblemResponses.of(ProblemType.VALIDATION_FAILED, "The request has invalid fields",
                ConstraintViolations.toFieldViolations(e), uri, headers);
    }

    /** A body Jackson refused: not well-formed, or a field that does not fit (see {@link JsonProblems}). */
    @ServerExceptionMapper({MismatchedInputException.class, JsonProcessingException.class})
    public Response unreadableJson(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        return JsonProblems.of(e, uri, headers);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        return ProblemResponses.builder(ProblemType.UNAUTHORIZED, HttpDetails.detailFor(401), List.of(), uri, headers)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return ProblemResponses.of(ProblemType.FORBIDDEN, "Your role may not use this endpoint", List.of(), uri,
                headers);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleObjectStateException.class})
    public Response concurrentModification(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        return ProblemResponses.of(ProblemType.CONCURRENT_MODIFICATION,
                "Someone else changed this in the meantime; reload and try again", List.of(), uri, headers);
    }

    /** A database constraint caught what the checks before it did not (e.g. a concurrent duplicate). */
    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri,
                               HttpHeaders headers) {
        LOG.warn("Database constraint refused a change: " + e.getConstraintName());
        return ProblemResponses.of(ProblemType.CONFLICT, "The change conflicts with existing data", List.of(), uri,
                headers);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri, headers);
        }
        if (e.getCause() instanceof ProblemException problem) {
            return problem(problem, uri, headers);
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            LOG.error("HTTP error " + status, e);
        }
        ProblemType type = ProblemType.forStatus(status);
        Response.ResponseBuilder builder = ProblemResponses.builder(type, HttpDetails.detailFor(status), List.of(),
                uri, headers).status(status);
        String allow = original.getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            builder.header(HttpHeaders.ALLOW, allow);
        }
        return builder.build();
    }

    /**
     * While PostgreSQL cannot be reached ({@link DatabaseUnavailable}): 503 with {@code Retry-After} instead of a 500,
     * and one WARN line per request instead of a stack trace. Every other failure goes to {@link #unexpected}.
     */
    @ServerExceptionMapper
    public Response databaseUnavailable(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        Optional<SQLException> cause = DatabaseUnavailable.causeOf(e);
        if (cause.isEmpty()) {
            return unexpected(e, uri, headers);
        }
        LOG.warnf("Database unavailable, answered 503 (SQL state %s): %s", cause.get().getSQLState(),
                cause.get().getMessage());
        return ProblemResponses.builder(ProblemType.SERVICE_UNAVAILABLE,
                        "The service is temporarily unavailable; try again later", List.of(), uri, headers)
                .header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException constraint) {
                return constraint(constraint, uri, headers);
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleObjectStateException) {
                return concurrentModification((RuntimeException) cause, uri, headers);
            }
        }
        LOG.error("Unexpected error", e);
        return ProblemResponses.of(ProblemType.INTERNAL_ERROR,
                "Something went wrong; quote the request id when reporting it", List.of(), uri, headers);
    }
}

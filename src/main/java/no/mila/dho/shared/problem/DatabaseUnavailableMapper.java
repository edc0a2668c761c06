package no.mila.dho.shared.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * While PostgreSQL cannot be reached (refused or broken connections, the server shutting down or starting,
 * no connection from the pool in time), answers 503 problem+json with {@code Retry-After} instead of a 500,
 * and logs one WARN line per request instead of a stack trace. The database failure usually arrives wrapped
 * (Hibernate's, or a feature's own {@code IllegalStateException} around a JDBC call), hence a mapper of
 * {@link RuntimeException} that looks at the causes; every other failure goes to
 * {@link ProblemExceptionMappers#unexpected} as before.
 */
public class DatabaseUnavailableMapper {

    /** Seconds a client should wait: about a database restart or fail-over. */
    static final int RETRY_AFTER_SECONDS = 30;

    private static final Logger LOG = Logger.getLogger(DatabaseUnavailableMapper.class);
    /** PostgreSQL: admin shutdown, crash shutdown, cannot connect now (starting up); class 08 is checked apart. */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03");

    private final ProblemExceptionMappers others;

    public DatabaseUnavailableMapper(ProblemExceptionMappers others) {
        this.others = others;
    }

    @ServerExceptionMapper
    public Response unavailable(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        Optional<SQLException> cause = databaseUnavailable(e);
        if (cause.isEmpty()) {
            return others.unexpected(e, uri, headers);
        }
        LOG.warnf("Database unavailable, answered 503 (SQL state %s): %s", cause.get().getSQLState(),
                cause.get().getMessage());
        return ProblemResponses.builder(ProblemType.SERVICE_UNAVAILABLE,
                        "The service is temporarily unavailable; try again later", List.of(), uri, headers)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }

    /** The JDBC failure among the causes that says the database cannot be reached, if there is one. */
    static Optional<SQLException> databaseUnavailable(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof SQLException sql && unavailable(sql)) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }

    private static boolean unavailable(SQLException e) {
        String state = e.getSQLState();
        return (state != null && (state.startsWith("08") || UNAVAILABLE_STATES.contains(state)))
                || e.getCause() instanceof TimeoutException; // Agroal: no connection within the acquisition timeout
    }
}

package no.mila.dho.shared.problem;

import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Which failures mean that PostgreSQL cannot be reached: refused or broken connections, the server shutting down or
 * starting, no connection from the pool in time. They are answered 503 with {@code Retry-After} by
 * {@link ProblemExceptionMappers#databaseUnavailable}. The database failure usually arrives wrapped (Hibernate's, or a
 * feature's own {@code IllegalStateException} around a JDBC call), so the causes are searched.
 */
public final class DatabaseUnavailable {

    /** Seconds a client should wait: about a database restart or fail-over. */
    public static final int RETRY_AFTER_SECONDS = 30;

    /** PostgreSQL: admin shutdown, crash shutdown, cannot connect now (starting up); class 08 is checked apart. */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03");

    private DatabaseUnavailable() {
    }

    /** The JDBC failure among the causes that says the database cannot be reached, if there is one. */
    public static Optional<SQLException> causeOf(Throwable failure) {
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

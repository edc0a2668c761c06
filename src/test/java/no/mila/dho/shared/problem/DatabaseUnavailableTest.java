package no.mila.dho.shared.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** Which failures mean "the database cannot be reached" (503), whatever they are wrapped in. */
class DatabaseUnavailableTest {

    private static boolean unavailable(Throwable failure) {
        return DatabaseUnavailable.causeOf(failure).isPresent();
    }

    @Test
    void a_refused_or_broken_connection_wrapped_by_a_feature_is_unavailable() {
        assertThat(unavailable(new IllegalStateException("Could not store the report",
                new SQLException("Connection to localhost:5432 refused", "08001")))).isTrue();
        assertThat(unavailable(new RuntimeException(new SQLException("This connection has been closed", "08003"))))
                .isTrue();
    }

    @Test
    void postgresql_shutting_down_or_starting_is_unavailable() {
        for (String state : new String[] {"57P01", "57P02", "57P03"}) {
            assertThat(unavailable(new IllegalStateException(new SQLException("terminating", state)))).as(state).isTrue();
        }
    }

    @Test
    void no_connection_from_the_pool_in_time_is_unavailable() {
        assertThat(unavailable(new IllegalStateException(new SQLException("Acquisition timeout while waiting for "
                + "new connection", new TimeoutException())))).isTrue();
    }

    @Test
    void other_sql_errors_and_failures_without_sql_are_not() {
        assertThat(unavailable(new IllegalStateException(new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(unavailable(new IllegalStateException(new SQLException("invalid byte sequence", "22021")))).isFalse();
        assertThat(unavailable(new SQLException("no state"))).isFalse();
        assertThat(unavailable(new NullPointerException())).isFalse();
    }
}

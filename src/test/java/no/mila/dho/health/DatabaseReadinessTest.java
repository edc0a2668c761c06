package no.mila.dho.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import no.mila.dho.health.persistence.DatabaseProbe;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/** Readiness says DOWN without the database's words, and answers in time when the database does not. */
class DatabaseReadinessTest {

    private static DatabaseProbe answering(CheckedHealth health) {
        return new DatabaseProbe(null) {
            @Override
            public boolean healthy() throws SQLException {
                return health.isHealthy();
            }
        };
    }

    interface CheckedHealth {
        boolean isHealthy() throws SQLException;
    }

    private static HealthCheckResponse call(DatabaseProbe dataSource, Duration timeout) {
        return new DatabaseReadiness(dataSource, timeout).call().await().atMost(Duration.ofSeconds(30));
    }

    @Test
    void a_database_that_answers_is_up() {
        assertThat(call(answering(() -> true), Duration.ofSeconds(5)).getStatus())
                .isEqualTo(HealthCheckResponse.Status.UP);
    }

    @Test
    void a_failing_database_is_down_without_its_error_text() {
        HealthCheckResponse response = call(answering(() -> {
            throw new SQLException("FATAL: password authentication failed for user \"dho\" at db.internal:5432");
        }), Duration.ofSeconds(5));
        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(response.getData().orElseThrow()).containsOnlyKeys("database").containsValue("unavailable");
        assertThat(response.getData().toString()).doesNotContain("password", "dho\"", "db.internal");
    }

    @Test
    void a_database_that_hangs_is_down_once_the_timeout_has_passed() {
        CountDownLatch never = new CountDownLatch(1);
        HealthCheckResponse response = call(answering(() -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return true;
        }), Duration.ofMillis(200));
        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    }
}

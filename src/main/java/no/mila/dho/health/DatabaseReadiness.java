package no.mila.dho.health;

import io.agroal.api.AgroalDataSource;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Readiness: the database takes a new connection and answers its validation. The connection is a new one, outside
 * the pool ({@link AgroalDataSource#isHealthy(boolean)} with {@code true}), on a thread of this check's own, so a pool
 * and worker threads busy with requests never make the probe wait or fail: a pod under load stays ready. The check
 * gives up after {@code dho.health.database-timeout} (below the probe's timeout). A failure answers DOWN with a
 * generic message; the cause (which may name hosts, users or SQL states) goes to the log, never to the caller.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements AsyncHealthCheck {

    static final String NAME = "Database";
    static final String UNAVAILABLE = "unavailable";
    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class);

    private final AgroalDataSource dataSource;
    private final Duration timeout;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dho-readiness");
        t.setDaemon(true);
        return t;
    });

    public DatabaseReadiness(AgroalDataSource dataSource,
                             @ConfigProperty(name = "dho.health.database-timeout", defaultValue = "2s")
                             Duration timeout) {
        this.dataSource = dataSource;
        this.timeout = timeout;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return Uni.createFrom().item(this::check).runSubscriptionOn(thread)
                .ifNoItem().after(timeout).recoverWithItem(() -> down("no answer within " + timeout));
    }

    HealthCheckResponse check() {
        try {
            return dataSource.isHealthy(true) ? HealthCheckResponse.up(NAME) : down("validation failed");
        } catch (SQLException | RuntimeException e) {
            return down(e.toString());
        }
    }

    private static HealthCheckResponse down(String cause) {
        LOG.warnf("Readiness: the database is unavailable: %s", cause);
        return HealthCheckResponse.named(NAME).down().withData("database", UNAVAILABLE).build();
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }
}

package no.mila.dho.health;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import no.mila.dho.health.persistence.DatabaseProbe;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Readiness: the database takes a new connection and answers its validation. The connection is a new one, outside
 * the pool ({@link DatabaseProbe}), on a thread of this check's own, so a pool
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

    private final DatabaseProbe database;
    private final Duration timeout;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dho-readiness");
        t.setDaemon(true);
        return t;
    });

    public DatabaseReadiness(DatabaseProbe database,
                             @ConfigProperty(name = "dho.health.database-timeout", defaultValue = "2s")
                             Duration timeout) {
        this.database = database;
        this.timeout = timeout;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return Uni.createFrom().item(this::check).runSubscriptionOn(thread)
                .ifNoItem().after(timeout).recoverWithItem(() -> down("no answer within " + timeout));
    }

    HealthCheckResponse check() {
        try {
            return database.healthy() ? HealthCheckResponse.up(NAME) : down("validation failed");
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

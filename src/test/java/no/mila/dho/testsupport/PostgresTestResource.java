package no.mila.dho.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import no.mila.dho.devstack.EmbeddedPostgresServer;

/**
 * A real PostgreSQL 17 (zonky) for the application under test: no H2, no mocked database. The service runs as the
 * application role, Flyway as the owner, as in production ({@link OwnerDatabase}).
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgresServer postgres;

    @Override
    public Map<String, String> start() {
        postgres = EmbeddedPostgresServer.ephemeral();
        return OwnerDatabase.config(postgres.database());
    }

    @Override
    public void stop() {
        if (postgres != null) {
            postgres.close();
        }
    }
}

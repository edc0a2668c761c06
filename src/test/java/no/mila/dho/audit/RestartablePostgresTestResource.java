package no.mila.dho.audit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import no.mila.dho.devstack.Database;
import no.mila.dho.devstack.EmbeddedPostgresServer;
import no.mila.dho.testsupport.OwnerDatabase;

/**
 * A real PostgreSQL that a test can stop and start again (same data directory and port), to see how the
 * service behaves while its database is down. Inject it with {@link InjectPostgres}.
 */
public class RestartablePostgresTestResource implements QuarkusTestResourceLifecycleManager {

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface InjectPostgres {
    }

    /** The running (or stopped) server. */
    public static final class Postgres {

        private final Path dataDirectory;
        private final int port;
        private EmbeddedPostgresServer server;

        Postgres(Path dataDirectory, int port) {
            this.dataDirectory = dataDirectory;
            this.port = port;
        }

        public synchronized void start() {
            if (server == null) {
                server = EmbeddedPostgresServer.persistent(dataDirectory, port);
            }
        }

        public synchronized void stop() {
            if (server != null) {
                server.close();
                server = null;
            }
        }

        Database database() {
            return new Database("jdbc:postgresql://localhost:" + port + "/" + EmbeddedPostgresServer.DATABASE,
                    EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD,
                    EmbeddedPostgresServer.OWNER, EmbeddedPostgresServer.OWNER_PASSWORD);
        }
    }

    private Postgres postgres;

    @Override
    public Map<String, String> start() {
        try (ServerSocket free = new ServerSocket(0)) {
            postgres = new Postgres(Files.createTempDirectory("dho-pg-restartable"), free.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        postgres.start();
        return OwnerDatabase.config(postgres.database());
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(postgres, new TestInjector.AnnotatedAndMatchesType(InjectPostgres.class, Postgres.class));
    }

    @Override
    public void stop() {
        if (postgres != null) {
            postgres.stop();
        }
    }
}

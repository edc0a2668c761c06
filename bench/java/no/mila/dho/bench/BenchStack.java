package no.mila.dho.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import no.mila.dho.devstack.EmbeddedPostgresServer;
import no.mila.dho.devstack.KeycloakServer;
import no.mila.dho.devstack.ServiceProcess;

/**
 * What a benchmark runs against: a fresh embedded PostgreSQL, the real Keycloak with realm {@code dho}, and the
 * packaged service (no demo data, console at WARN), all on loopback. Closing stops all three.
 */
final class BenchStack implements AutoCloseable {

    final EmbeddedPostgresServer postgres;
    final KeycloakServer keycloak;
    final Process app;
    final String api;

    private BenchStack(EmbeddedPostgresServer postgres, KeycloakServer keycloak, Process app, String api) {
        this.postgres = postgres;
        this.keycloak = keycloak;
        this.app = app;
        this.api = api;
    }

    /** Starts the three; {@code extraOptions} are more system properties for the service. */
    static BenchStack start(Path root, List<String> extraOptions) throws Exception {
        Path keycloakHome = root.resolve(".local/keycloak-" + System.getProperty("keycloak.version", "26.7.3"));
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.ephemeral();
        KeycloakServer keycloak = null;
        try {
            keycloak = KeycloakServer.start(keycloakHome, root.resolve("keycloak/dho-realm.json"),
                    KeycloakServer.freePort(), root.resolve("target/bench-keycloak.log"),
                    s -> ReportBenchmark.say("Keycloak starting (" + s + " s)"));
            int port = KeycloakServer.freePort();
            int managementPort = KeycloakServer.freePort();
            List<String> options = new ArrayList<>(List.of("-Ddho.demo-data.enabled=false",
                    "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.log.console.level=WARN"));
            options.addAll(extraOptions);
            // extra JVM options for the service, e.g. -Dbench.jvm=-XX:StartFlightRecording=filename=/tmp/app.jfr
            String jvm = System.getProperty("bench.jvm", "").trim();
            if (!jvm.isEmpty()) {
                options.addAll(List.of(jvm.split("\\s+")));
            }
            Process app = ServiceProcess.builder(root, postgres.database(), keycloak, port, managementPort, options).redirectErrorStream(true)
                    .redirectOutput(root.resolve("target/bench-app.log").toFile()).start();
            BenchStack stack = new BenchStack(postgres, keycloak, app, "http://127.0.0.1:" + port);
            if (!ServiceProcess.awaitReady(app, managementPort, Duration.ofMinutes(2))) {
                stack.close();
                throw new IllegalStateException("The service did not become ready; see target/bench-app.log");
            }
            return stack;
        } catch (Exception e) {
            if (keycloak != null) {
                keycloak.close();
            }
            postgres.close();
            throw e;
        }
    }

    @Override
    public void close() throws Exception {
        try {
            app.destroy();
            app.waitFor();
        } finally {
            try {
                keycloak.close();
            } finally {
                postgres.close();
            }
        }
    }
}

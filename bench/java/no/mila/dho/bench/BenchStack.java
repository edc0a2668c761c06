package no.mila.dho.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import no.mila.dho.devstack.Database;
import no.mila.dho.devstack.KeycloakServer;
import no.mila.dho.devstack.ServiceProcess;

/**
 * What a benchmark runs against: PostgreSQL (a fresh embedded one, or the external one of {@code -Dbench.jdbcUrl}, see
 * {@link BenchDatabase}), the real Keycloak with realm {@code dho}, and the packaged service (no demo data, console
 * at WARN), all on loopback. Closing stops the service and Keycloak, and the embedded PostgreSQL.
 */
final class BenchStack implements AutoCloseable {

    /** The database the service runs on (its JDBC URL and both logins). */
    final Database postgres;
    final BenchDatabase database;
    final KeycloakServer keycloak;
    final Process app;
    final String api;
    final int managementPort;

    private BenchStack(BenchDatabase database, KeycloakServer keycloak, Process app, String api, int managementPort) {
        this.database = database;
        this.postgres = database.database;
        this.keycloak = keycloak;
        this.app = app;
        this.api = api;
        this.managementPort = managementPort;
    }

    /** Starts the three; {@code extraOptions} are more system properties for the service. */
    static BenchStack start(Path root, List<String> extraOptions) throws Exception {
        Path keycloakHome = root.resolve(".local/keycloak-" + System.getProperty("keycloak.version", "26.7.3"));
        BenchDatabase database = BenchDatabase.open();
        ReportBenchmark.say("PostgreSQL: " + database.description);
        KeycloakServer keycloak = null;
        try {
            keycloak = KeycloakServer.start(keycloakHome, root.resolve("keycloak/dho-realm.json"),
                    KeycloakServer.freePort(), root.resolve("target/bench-keycloak.log"),
                    s -> ReportBenchmark.say("Keycloak starting (" + s + " s)"));
            int port = KeycloakServer.freePort();
            int managementPort = KeycloakServer.freePort();
            List<String> options = new ArrayList<>(List.of("-D%local.dho.demo-data.enabled=false",
                    "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.log.console.level=WARN"));
            options.addAll(extraOptions);
            // extra JVM options for the service, e.g. -Dbench.jvm=-XX:StartFlightRecording=filename=/tmp/app.jfr
            String jvm = System.getProperty("bench.jvm", "").trim();
            if (!jvm.isEmpty()) {
                options.addAll(List.of(jvm.split("\\s+")));
            }
            // -Dbench.appRoot: another checkout's build (its target/quarkus-app), for before/after runs
            Path appRoot = Path.of(System.getProperty("bench.appRoot", root.toString()));
            Process app = ServiceProcess.builder(appRoot, database.database, keycloak, port, managementPort, options)
                    .redirectErrorStream(true).redirectOutput(root.resolve("target/bench-app.log").toFile()).start();
            BenchStack stack = new BenchStack(database, keycloak, app, "http://127.0.0.1:" + port, managementPort);
            if (!ServiceProcess.awaitReady(app, managementPort, Duration.ofMinutes(3))) {
                stack.close();
                throw new IllegalStateException("The service did not become ready; see target/bench-app.log");
            }
            return stack;
        } catch (Exception e) {
            if (keycloak != null) {
                keycloak.close();
            }
            database.close();
            throw e;
        }
    }

    /** The service's and PostgreSQL's CPU (PostgreSQL's only when it runs on this machine). */
    CpuMeter cpu() {
        OptionalLong postmaster = database.postmasterPid();
        return new CpuMeter(app.pid(), postmaster);
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
                database.close();
            }
        }
    }
}

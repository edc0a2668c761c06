package no.mila.dho.devstack;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The README's run command ({@code ./mvnw -Plocal}): a real PostgreSQL (data kept in {@code .local/postgres}),
 * a real Keycloak with realm dho and its demo users, and the service on http://localhost:8080 with demo data.
 * Ctrl-C stops all three. Nothing here is used in production, where the service is given an external
 * PostgreSQL and Keycloak through the QUARKUS_* environment variables.
 */
public final class LocalStack {

    static final int APP_PORT = 8080;
    static final int KEYCLOAK_PORT = 8081;
    static final int POSTGRES_PORT = 5433;
    static final int MANAGEMENT_PORT = 9000;

    private final Path root;
    private final Path local;
    private final List<AutoCloseable> running = new ArrayList<>();

    LocalStack(Path root) {
        this.root = root;
        this.local = root.resolve(".local");
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("project.root", ".")).toAbsolutePath().normalize();
        new LocalStack(root).run();
    }

    void run() throws Exception {
        Leftovers leftovers = new Leftovers(local);
        leftovers.stopAll();
        requireFree(APP_PORT, "the service");
        requireFree(MANAGEMENT_PORT, "the service's management interface (health, metrics, OpenAPI)");
        requireFree(KEYCLOAK_PORT, "Keycloak");
        requireFree(POSTGRES_PORT, "PostgreSQL");
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "local-stack-stop"));

        say("Starting PostgreSQL 17 (data in .local/postgres) ...");
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.persistent(local.resolve("postgres"), POSTGRES_PORT);
        running.add(postgres);

        say("Starting Keycloak " + keycloakVersion() + " on http://127.0.0.1:" + KEYCLOAK_PORT
                + " (first start about a minute; log in .local/logs/keycloak.log) ...");
        KeycloakServer keycloak = KeycloakServer.start(keycloakHome(), root.resolve("keycloak/dho-realm.json"),
                KEYCLOAK_PORT, local.resolve("logs/keycloak.log"),
                seconds -> say("  ... Keycloak still starting (" + seconds + " s)"));
        running.add(keycloak);
        leftovers.remember(keycloak.pid());

        say("Starting the service on http://localhost:" + APP_PORT + " ...");
        Process app = ServiceProcess.builder(root, postgres.database(), keycloak, APP_PORT, MANAGEMENT_PORT,
                List.of()).inheritIO().start();
        running.add(() -> ProcessTree.stop(app.toHandle(), Duration.ofSeconds(20)));
        leftovers.remember(app.pid());
        if (ServiceProcess.awaitReady(app, MANAGEMENT_PORT, Duration.ofMinutes(2))) {
            System.out.println(Banner.text(APP_PORT, MANAGEMENT_PORT, keycloak));
        } else {
            say(app.isAlive() ? "The service did not become ready; see its log above." : "The service stopped.");
        }
        app.waitFor();
    }

    private Path keycloakHome() {
        return local.resolve("keycloak-" + keycloakVersion());
    }

    private static String keycloakVersion() {
        return System.getProperty("keycloak.version", "26.7.3");
    }

    private static void requireFree(int port, String what) {
        try (ServerSocket ignored = new ServerSocket(port)) {
            // free
        } catch (IOException e) {
            throw new IllegalStateException("Port " + port + " for " + what
                    + " is in use: is the service already running? Stop it (Ctrl-C) or free the port.");
        }
    }

    private void stopAll() {
        for (int i = running.size() - 1; i >= 0; i--) {
            try {
                running.get(i).close();
            } catch (Exception e) {
                say("Could not stop cleanly: " + e.getMessage());
            }
        }
        running.clear();
    }

    static void say(String line) {
        System.out.println("[local] " + line);
    }
}

package no.mila.dho.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The packaged service ({@code target/quarkus-app}) as a child process on the embedded PostgreSQL and Keycloak. */
public final class ServiceProcess {

    private ServiceProcess() {
    }

    /**
     * Starts the service on {@code port} (its management interface, health and metrics, on {@code managementPort});
     * {@code options} are extra JVM options ({@code -D...}), placed last so that they win over the defaults here.
     */
    public static ProcessBuilder builder(Path root, Database database, KeycloakServer keycloak, int port,
                                         int managementPort, List<String> options) {
        return builder(root, database, keycloak.realmUrl(), port, managementPort, options);
    }

    /**
     * Starts the service on {@code port} with tokens validated against {@code oidcServerUrl} (a realm URL; a test that
     * sends no token may name one nobody listens on: quarkus-oidc then starts and connects at the first request).
     * Flyway migrates as the database's owner; the service runs as its application role.
     */
    public static ProcessBuilder builder(Path root, Database database, String oidcServerUrl, int port,
                                         int managementPort, List<String> options) {
        Path jar = root.resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No " + jar + ": build first (./mvnw package -DskipTests)");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m"));
        command.addAll(List.of("-Dquarkus.profile=local", "-Dquarkus.http.port=" + port,
                "-Dquarkus.management.port=" + managementPort,
                "-Dquarkus.datasource.jdbc.url=" + database.jdbcUrl(),
                "-Dquarkus.datasource.username=" + database.appUser(),
                "-Dquarkus.datasource.password=" + database.appPassword(),
                "-Dquarkus.flyway.username=" + database.ownerUser(),
                "-Dquarkus.flyway.password=" + database.ownerPassword(),
                "-Dquarkus.oidc.auth-server-url=" + oidcServerUrl));
        command.addAll(options);
        command.addAll(List.of("-jar", jar.toString()));
        return new ProcessBuilder(command).directory(root.toFile());
    }

    /**
     * Waits until the service answers UP on readiness (on its management port); false when it stopped or took over
     * {@code timeout}.
     */
    public static boolean awaitReady(Process service, int managementPort, Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + "/q/health/ready"))
                .timeout(Duration.ofSeconds(3)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (service.isAlive() && System.nanoTime() < deadline) {
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(500);
        }
        return false;
    }

    /** The last 40 lines of a service's log file, for a failure message (or why there are none). */
    public static String logTail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return "\nLast lines of " + log + ":\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "\n(no log " + log + ": " + e.getMessage() + ")";
        }
    }
}

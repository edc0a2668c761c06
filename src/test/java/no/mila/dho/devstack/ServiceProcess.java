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

    /** Starts the service on {@code port}; {@code options} are extra JVM options ({@code -D...}). */
    public static ProcessBuilder builder(Path root, EmbeddedPostgresServer postgres, KeycloakServer keycloak, int port,
                                         List<String> options) {
        return builder(root, postgres, keycloak.realmUrl(), port, options);
    }

    /**
     * Starts the service on {@code port} with tokens validated against {@code oidcServerUrl} (a realm URL; a test that
     * sends no token may name one nobody listens on: quarkus-oidc then starts and connects at the first request).
     */
    public static ProcessBuilder builder(Path root, EmbeddedPostgresServer postgres, String oidcServerUrl, int port,
                                         List<String> options) {
        Path jar = root.resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No " + jar + ": build first (./mvnw package -DskipTests)");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m"));
        command.addAll(options);
        command.addAll(List.of("-Dquarkus.profile=local", "-Dquarkus.http.port=" + port,
                "-Dquarkus.datasource.jdbc.url=" + postgres.jdbcUrl(),
                "-Dquarkus.datasource.username=" + EmbeddedPostgresServer.USER,
                "-Dquarkus.datasource.password=" + EmbeddedPostgresServer.PASSWORD,
                "-Dquarkus.oidc.auth-server-url=" + oidcServerUrl, "-jar", jar.toString()));
        return new ProcessBuilder(command).directory(root.toFile());
    }

    /** Waits until the service answers UP on readiness; false when it stopped or took over {@code timeout}. */
    public static boolean awaitReady(Process service, int port, Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready"))
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
}

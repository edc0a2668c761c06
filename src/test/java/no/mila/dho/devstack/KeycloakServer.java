package no.mila.dho.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * A real Keycloak from the Maven Central distribution ({@code org.keycloak:keycloak-quarkus-dist}, unpacked
 * by the build into {@code .local/}), started in dev mode on loopback with an in-memory database and the
 * committed realm {@code keycloak/dho-realm.json}, so the realm is always exactly what the repository says.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "dho";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final Process process;
    private final int port;

    private KeycloakServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts Keycloak and waits until realm {@code dho} answers. {@code progress} is called about every
     * five seconds with the seconds waited so far.
     */
    public static KeycloakServer start(Path home, Path realmFile, int port, Path logFile, IntConsumer progress) {
        if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("No Keycloak distribution at " + home
                    + " (the build unpacks it there: run ./mvnw process-test-resources)");
        }
        try {
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Files.copy(realmFile, imports.resolve("dho-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            Files.createDirectories(logFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(List.of("bash", home.resolve("bin/kc.sh").toString(),
                    "start-dev", "--http-host=127.0.0.1", "--http-port=" + port,
                    "--hostname=http://127.0.0.1:" + port, "--db=dev-mem", "--import-realm",
                    "--health-enabled=false", "--metrics-enabled=false"))
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(logFile.toFile());
            builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
            KeycloakServer server = new KeycloakServer(builder.start(), port);
            server.awaitRealm(logFile, progress);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Keycloak from " + home, e);
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** The issuer and {@code quarkus.oidc.auth-server-url} of realm dho. */
    public String realmUrl() {
        return baseUrl() + "/realms/" + REALM;
    }

    public String tokenUrl() {
        return realmUrl() + "/protocol/openid-connect/token";
    }

    public long pid() {
        return process.pid();
    }

    private void awaitRealm(Path logFile, IntConsumer progress) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(realmUrl() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        long started = System.nanoTime();
        int lastReport = 0;
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped during start-up; see " + logFile);
            }
            try {
                if (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
            }
            int waited = (int) Duration.ofNanos(System.nanoTime() - started).toSeconds();
            if (waited > START_TIMEOUT.toSeconds()) {
                close();
                throw new IllegalStateException("Keycloak did not answer within " + START_TIMEOUT + "; see " + logFile);
            }
            if (waited >= lastReport + 5) {
                lastReport = waited;
                progress.accept(waited);
            }
            sleep(500);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        ProcessTree.stop(process.toHandle(), Duration.ofSeconds(20));
    }
}

package no.mila.dho.console.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import no.mila.dho.devstack.Database;
import no.mila.dho.devstack.EmbeddedPostgresServer;
import no.mila.dho.devstack.KeycloakServer;
import no.mila.dho.devstack.ServiceProcess;

/**
 * What the console's browser tests run against, once per test JVM: an embedded PostgreSQL, the real Keycloak with
 * the committed realm ({@code keycloak/dho-realm.json}) and the <em>packaged</em> service ({@code target/quarkus-app},
 * profile {@code local}, demo data on: the demo users of the realm have their patients, reports and thresholds), each
 * on a free port. Started by the first test that asks ({@link #get()}), shared by all after it, stopped when the JVM
 * ends (a shutdown hook), so that the browser tests together pay for one start-up (about a minute).
 *
 * <p>The realm allows client {@code dho-console} to redirect to port 8080 only (the run command). The service runs
 * on a random port here, so that a browser test never collides with a local run or another worktree's tests; after
 * Keycloak is up, its admin REST API adds {@code http://localhost:<port>/console/*} to the client's redirect and
 * post-logout URIs ({@link KeycloakAdmin#allowConsoleAt}). The realm file stays as it is.
 *
 * <p>The service and Keycloak start at the same time: quarkus-oidc finds Keycloak at the first request, and the
 * service is only used once both are ready.
 */
public final class ConsoleStack {

    private static final Duration SERVICE_START = Duration.ofMinutes(4);
    private static ConsoleStack stack;

    private final Path work;
    private final EmbeddedPostgresServer postgres;
    private final KeycloakServer keycloak;
    private final Process service;
    private final int port;
    private final KeycloakAdmin admin;

    private ConsoleStack(Path work, EmbeddedPostgresServer postgres, KeycloakServer keycloak, Process service,
                         int port) {
        this.work = work;
        this.postgres = postgres;
        this.keycloak = keycloak;
        this.service = service;
        this.port = port;
        this.admin = new KeycloakAdmin(keycloak);
    }

    /** The stack of this JVM, started at the first call. */
    public static synchronized ConsoleStack get() {
        if (stack == null) {
            stack = start();
            Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "console-stack-stop"));
        }
        return stack;
    }

    /** The service's address as the browser uses it, e.g. {@code http://localhost:41234}. */
    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public KeycloakServer keycloak() {
        return keycloak;
    }

    public KeycloakAdmin admin() {
        return admin;
    }

    public Database database() {
        return postgres.database();
    }

    /** Where a test may write what it leaves behind (browser profiles, logs): {@code target/console-browser}. */
    public Path work() {
        return work;
    }

    /** The last lines of the service's log, for a failure message. */
    public String serviceLogTail() {
        return ServiceProcess.logTail(work.resolve("service.log"));
    }

    static Path root() {
        return Path.of(System.getProperty("project.root", ".")).toAbsolutePath().normalize();
    }

    private static ConsoleStack start() {
        Path root = root();
        Path work = root.resolve("target/console-browser");
        Path home = Path.of(System.getProperty("keycloak.home", root.resolve(".local/keycloak-26.7.3").toString()));
        EmbeddedPostgresServer postgres = null;
        KeycloakServer keycloak = null;
        Process service = null;
        try {
            Files.createDirectories(work);
            postgres = EmbeddedPostgresServer.ephemeral();
            int keycloakPort = KeycloakServer.freePort();
            int port = KeycloakServer.freePort();
            int managementPort = KeycloakServer.freePort();
            say("service on http://localhost:" + port + ", Keycloak on http://127.0.0.1:" + keycloakPort
                    + " (logs in " + work + ")");
            service = ServiceProcess.builder(root, postgres.database(),
                            "http://127.0.0.1:" + keycloakPort + "/realms/" + KeycloakServer.REALM, port,
                            managementPort, serviceOptions(work))
                    .redirectErrorStream(true).redirectOutput(work.resolve("service.log").toFile()).start();
            keycloak = KeycloakServer.start(home, root.resolve("keycloak/dho-realm.json"), keycloakPort,
                    work.resolve("keycloak.log"), seconds -> say("Keycloak starting (" + seconds + " s)"));
            ConsoleStack started = new ConsoleStack(work, postgres, keycloak, service, port);
            started.admin.allowConsoleAt(started.baseUrl());
            if (!ServiceProcess.awaitReady(service, managementPort, SERVICE_START)) {
                throw new IllegalStateException("The service did not become ready"
                        + ServiceProcess.logTail(work.resolve("service.log")));
            }
            say("ready");
            return started;
        } catch (IOException e) {
            stopQuietly(service, keycloak, postgres);
            throw new UncheckedIOException("Could not start the console's browser stack", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopQuietly(service, keycloak, postgres);
            throw new IllegalStateException("Interrupted while starting the console's browser stack", e);
        } catch (RuntimeException e) {
            stopQuietly(service, keycloak, postgres);
            throw e;
        }
    }

    /**
     * The service's JVM options: its own fallback directory for the access log, and what {@code
     * -Dconsole.browser.service-options} adds (space-separated, e.g. a log level while looking into a failure).
     */
    private static List<String> serviceOptions(Path work) {
        List<String> options = new java.util.ArrayList<>(List.of("-Ddho.audit.fallback.directory="
                + work.resolve("fallback")));
        String extra = System.getProperty("console.browser.service-options", "").trim();
        if (!extra.isEmpty()) {
            options.addAll(List.of(extra.split("\\s+")));
        }
        return options;
    }

    private void stop() {
        stopQuietly(service, keycloak, postgres);
    }

    private static void stopQuietly(Process service, KeycloakServer keycloak, EmbeddedPostgresServer postgres) {
        if (service != null && service.isAlive()) {
            service.descendants().forEach(ProcessHandle::destroy);
            service.destroy();
            try {
                if (!service.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    service.destroyForcibly();
                }
            } catch (InterruptedException e) {
                service.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        if (keycloak != null) {
            keycloak.close();
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (RuntimeException e) {
                say("could not stop PostgreSQL: " + e.getMessage());
            }
        }
    }

    static void say(String line) {
        System.out.println("[console-browser] " + line);
    }
}

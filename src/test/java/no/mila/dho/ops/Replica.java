package no.mila.dho.ops;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import no.mila.dho.devstack.Database;
import no.mila.dho.devstack.KeycloakServer;
import no.mila.dho.devstack.ServiceProcess;

/**
 * One instance of the packaged service ({@code target/quarkus-app}) as a child process on free ports, its output in a
 * log file under {@code target/}.
 */
record Replica(String name, Process process, int port, int managementPort, Path log) {

    static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    /** Starts the service with {@code options} (system properties, last, so they win) and the environment given. */
    static Replica start(String name, Path root, Database database, String oidc, List<String> options,
                         java.util.Map<String, String> environment, Path log) throws IOException {
        int port = KeycloakServer.freePort();
        int managementPort = KeycloakServer.freePort();
        List<String> all = new ArrayList<>(List.of("-Dquarkus.http.host=127.0.0.1"));
        all.addAll(options);
        ProcessBuilder builder = ServiceProcess.builder(root, database, oidc, port, managementPort, all);
        builder.environment().putAll(environment);
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        return new Replica(name, builder.start(), port, managementPort, log);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    void awaitReady() throws InterruptedException {
        if (!ServiceProcess.awaitReady(process, managementPort, START_TIMEOUT)) {
            fail(name + " did not get ready on port " + port + " within " + START_TIMEOUT
                    + (process.isAlive() ? "" : " (it stopped with exit code " + process.exitValue() + ")") + logTail());
        }
    }

    /** Waits for the process to end by itself; its exit code, or fails after {@code timeout}. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            stop();
            fail(name + " did not exit within " + timeout + logTail());
        }
        return process.exitValue();
    }

    /** Stops the service politely (SIGTERM), forcibly after 30 s. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "";
        }
    }

    String logTail() {
        return ServiceProcess.logTail(log);
    }
}

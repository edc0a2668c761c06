package no.mila.dho.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;

/**
 * Processes of an earlier local run that did not stop (the terminal was closed, kill -9): their ids are kept
 * in {@code .local/run.pids} and PostgreSQL's in its {@code postmaster.pid}; a new run stops them first, so
 * that starting twice never fails.
 */
final class Leftovers {

    private final Path pidFile;
    private final Path postmasterPid;

    Leftovers(Path local) {
        this.pidFile = local.resolve("run.pids");
        this.postmasterPid = local.resolve("postgres/postmaster.pid");
    }

    void stopAll() throws IOException {
        for (long pid : readPids()) {
            ProcessHandle.of(pid).filter(Leftovers::isOurs)
                    .ifPresent(p -> {
                        LocalStack.say("Stopping process " + pid + " left over from an earlier run");
                        ProcessTree.stop(p, Duration.ofSeconds(20));
                    });
        }
        if (Files.isRegularFile(postmasterPid)) {
            long pid = Long.parseLong(Files.readAllLines(postmasterPid).get(0).trim());
            ProcessHandle.of(pid).filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false))
                    .ifPresent(p -> {
                        LocalStack.say("Stopping PostgreSQL " + pid + " left over from an earlier run");
                        ProcessTree.stop(p, Duration.ofSeconds(20));
                    });
        }
        Files.deleteIfExists(pidFile);
    }

    /** Only a Keycloak or service process of a local run is stopped, never an unrelated process that reused the id. */
    private static boolean isOurs(ProcessHandle process) {
        String commandLine = process.info().commandLine().orElse("");
        return commandLine.contains("keycloak") || commandLine.contains("quarkus-run.jar");
    }

    void remember(long pid) {
        try {
            Files.createDirectories(pidFile.getParent());
            Files.writeString(pidFile, pid + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Long> readPids() throws IOException {
        if (!Files.isRegularFile(pidFile)) {
            return List.of();
        }
        return Files.readAllLines(pidFile).stream().map(String::trim).filter(s -> !s.isEmpty())
                .map(Long::parseLong).toList();
    }
}

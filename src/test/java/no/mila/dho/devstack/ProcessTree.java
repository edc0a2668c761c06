package no.mila.dho.devstack;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Stops a process and its children: politely first (SIGTERM), forcibly after the grace period. */
final class ProcessTree {

    private ProcessTree() {
    }

    static void stop(ProcessHandle process, Duration grace) {
        if (!process.isAlive()) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            process.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }
}

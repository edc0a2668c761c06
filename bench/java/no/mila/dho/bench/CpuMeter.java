package no.mila.dho.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * CPU seconds spent by the service and by PostgreSQL, from {@code /proc/<pid>/stat} (clock ticks of 1/100 s). The
 * service: utime + stime of the JVM (all its threads). PostgreSQL: the postmaster and all its children (backends,
 * WAL writer, checkpointer, autovacuum), each with utime + stime + cutime + cstime, so that a child that ends
 * during the period (an autovacuum worker) is still counted: its time moves into the postmaster's cutime/cstime.
 */
final class CpuMeter {

    private static final double TICKS_PER_SECOND = 100.0;

    private final long servicePid;
    private final OptionalLong postmasterPid;

    CpuMeter(long servicePid, OptionalLong postmasterPid) {
        this.servicePid = servicePid;
        this.postmasterPid = postmasterPid;
    }

    /** CPU seconds so far: service, and PostgreSQL (negative when not measured). */
    record Sample(double service, double postgres) {

        Sample minus(Sample before) {
            return new Sample(service - before.service, postgres < 0 ? -1 : postgres - before.postgres);
        }
    }

    Sample sample() {
        double service = ticks(servicePid, false) / TICKS_PER_SECOND;
        if (postmasterPid.isEmpty()) {
            return new Sample(service, -1);
        }
        long pg = ticks(postmasterPid.getAsLong(), true);
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            pg += procs.filter(p -> p.getFileName().toString().matches("[0-9]+"))
                    .mapToLong(p -> parentOf(p) == postmasterPid.getAsLong() ? ticks(Long.parseLong(p.getFileName()
                            .toString()), true) : 0).sum();
        } catch (IOException e) {
            throw new IllegalStateException("Could not read /proc", e);
        }
        return new Sample(service, pg / TICKS_PER_SECOND);
    }

    /** utime + stime (+ cutime + cstime) of one process; 0 when it has ended. */
    static long ticks(long pid, boolean withChildren) {
        String[] f = fields(Path.of("/proc/" + pid));
        if (f == null) {
            return 0;
        }
        // fields after the command's closing parenthesis: state is [0], utime [11], stime [12], cutime [13], cstime [14]
        long t = Long.parseLong(f[11]) + Long.parseLong(f[12]);
        return withChildren ? t + Long.parseLong(f[13]) + Long.parseLong(f[14]) : t;
    }

    static long parentOf(Path proc) {
        String[] f = fields(proc);
        return f == null ? -1 : Long.parseLong(f[1]);
    }

    private static String[] fields(Path proc) {
        try {
            String stat = Files.readString(proc.resolve("stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}

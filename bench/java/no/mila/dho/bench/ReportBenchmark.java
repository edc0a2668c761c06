package no.mila.dho.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import no.mila.dho.devstack.Database;

/**
 * The report-ingestion benchmark ({@code ./mvnw -Pbench}): PostgreSQL (embedded, or {@code -Dbench.jdbcUrl}), the
 * real Keycloak and the packaged service on loopback; patients created in Keycloak and allocated through the API;
 * then reports from all of them at a fixed concurrency, with real tokens. Measures throughput, latency and the CPU
 * per stored report (service and PostgreSQL, from /proc); prints the figures and writes them to
 * bench/results/last-run.md ({@code -Dbench.results}). With {@code -Dbench.soak=30m} it then runs the soak
 * ({@link SoakRun}). Any failure is printed with its cause and the JVM exits with status 1.
 */
public final class ReportBenchmark {

    /** What one measured period gave, with its CPU. */
    record Measured(Figures figures, long stored, CpuMeter.Sample cpu, long maxRssKb) {

        double serviceMsPerReport() {
            return cpu.service() * 1000 / stored;
        }

        double postgresMsPerReport() {
            return cpu.postgres() < 0 ? -1 : cpu.postgres() * 1000 / stored;
        }
    }

    private ReportBenchmark() {
    }

    public static void main(String[] args) {
        try {
            run();
        } catch (Throwable t) {
            System.err.println("[bench] FAILED: " + t);
            t.printStackTrace();
            System.exit(1);
        }
    }

    private static void run() throws Exception {
        Path root = Path.of(System.getProperty("project.root", ".")).toAbsolutePath();
        int patients = Integer.getInteger("bench.patients", 200);
        int clients = Integer.getInteger("bench.clients", 16);
        long warmup = Long.getLong("bench.warmup", 60);
        long seconds = Long.getLong("bench.seconds", 60);
        String soak = System.getProperty("bench.soak", "").trim();
        List<String> extra = new ArrayList<>();
        String appJvmArgs = System.getProperty("bench.appJvmArgs", "").trim();
        if (!appJvmArgs.isEmpty()) {
            extra.addAll(List.of(appJvmArgs.split("\\s+")));
        }
        if (!soak.isEmpty()) {
            extra.addAll(SoakRun.JOB_OPTIONS);
        }
        try (BenchStack stack = BenchStack.start(root, extra)) {
            BenchPrepare.Prepared prepared = BenchPrepare.patients(stack, patients);
            boolean useWrk = !"java".equals(System.getProperty("bench.driver")) && WrkLoad.available();
            WrkLoad wrk = useWrk ? new WrkLoad(root, stack.api, prepared.senders(), prepared.nurse()) : null;
            ReportLoad load = new ReportLoad(stack.api, prepared.senders(), prepared.nurse());
            say("Warm-up " + warmup + " s with " + (useWrk ? "wrk" : "the Java client"));
            if (useWrk) {
                wrk.run(clients, warmup);
            } else {
                load.run(clients, warmup);
            }
            CpuMeter cpu = stack.cpu();
            AtomicLong maxRss = new AtomicLong();
            Thread sampler = rssSampler(stack.app.pid(), maxRss);
            say("Measuring " + seconds + " s at " + clients + " clients");
            long before = reports(stack.postgres);
            CpuMeter.Sample c0 = cpu.sample();
            Figures result = useWrk ? wrk.run(clients, seconds) : Figures.of(load.run(clients, seconds));
            CpuMeter.Sample used = cpu.sample().minus(c0);
            long stored = reports(stack.postgres) - before;
            sampler.interrupt();
            Measured m = new Measured(result, stored, used, maxRss.get());
            String report = BenchReport.markdown(m, clients, patients, seconds, stack.database.description);
            System.out.println(report);
            System.out.println(String.format(Locale.ROOT, "BENCH_SUMMARY reports_per_s=%.0f p99_ms=%.1f stored=%d"
                    + " errors=%d service_cpu_ms=%.3f postgres_cpu_ms=%.3f", result.perSecond(), result.p99(), stored,
                    result.errors(), m.serviceMsPerReport(), m.postgresMsPerReport()));
            Path results = root.resolve(System.getProperty("bench.results", "bench/results/last-run.md"));
            Files.createDirectories(results.getParent());
            Files.writeString(results, report);
            if (!soak.isEmpty()) {
                double rate = Double.parseDouble(System.getProperty("bench.rate", String.valueOf(result.perSecond() / 2)));
                Duration length = Duration.parse("PT" + soak.toUpperCase(Locale.ROOT));
                new SoakRun(root, stack, load, prepared.senders(), cpu).run(rate, length, result.perSecond());
            }
        }
    }

    /** Reports stored so far (as the owner, which may read everything). */
    static long reports(Database db) throws SQLException {
        try (Connection c = db.owner(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM report")) {
            r.next();
            return r.getLong(1);
        }
    }

    static Thread rssSampler(long pid, AtomicLong maxKb) {
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    maxKb.accumulateAndGet(rssKb(pid), Math::max);
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    return;
                }
            }
        }, "rss-sampler");
        sampler.setDaemon(true);
        sampler.start();
        return sampler;
    }

    /** The resident memory of process {@code pid} (VmRSS), in KiB. */
    static long rssKb(long pid) throws java.io.IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return 0;
    }

    static void say(String line) {
        System.out.println("[bench] " + line);
    }
}

package no.mila.dho.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The soak ({@code -Dbench.soak=30m}, not in the test command): after the maximum-rate run, reports at a fixed rate
 * (half that maximum unless {@code -Dbench.rate} says otherwise; {@link RateLoad}) for the whole duration, with every
 * job on a short schedule ({@link #JOB_OPTIONS}). Every 10 s: reports sent, errors, the service's resident memory,
 * PostgreSQL's connections (pg_stat_activity of the database: all, active). Before and after: the database size
 * (pg_database_size) and the reports stored, for the growth per report. After: whether each job succeeded during the
 * soak, and the log's warnings and errors ({@link SoakJobs}). Written to bench/results/last-run-soak.md
 * and its samples to last-run-soak.csv.
 */
final class SoakRun {

    /** Every job runs every 2 minutes (crons) or every 30 s (intervals) instead of once a day. */
    static final List<String> JOB_OPTIONS = List.of("-Ddho.worklist.cadence-cron=0 */2 * * * ?",
            "-Ddho.episode-ending.cron=30 */2 * * * ?", "-Ddho.collaboration.day-14-cron=15 */2 * * * ?",
            "-Ddho.benefit.reminder-cron=45 */2 * * * ?", "-Ddho.handover.idle-check-every=30s",
            "-Ddho.audit.fallback.replay-every=30s", "-Ddho.outbox.deliver-every=5s");

    private final Path root;
    private final BenchStack stack;
    private final ReportLoad load;
    private final List<ReportLoad.Sender> senders;
    private final CpuMeter cpu;

    SoakRun(Path root, BenchStack stack, ReportLoad load, List<ReportLoad.Sender> senders, CpuMeter cpu) {
        this.root = root;
        this.stack = stack;
        this.load = load;
        this.senders = senders;
        this.cpu = cpu;
    }

    void run(double rate, Duration length, double maximum) throws Exception {
        ReportBenchmark.say(String.format(Locale.ROOT, "Soak: %.0f reports/s for %s, jobs every 2 min / 30 s", rate, length));
        long sizeBefore = databaseSize();
        long reportsBefore = ReportBenchmark.reports(stack.postgres);
        CpuMeter.Sample c0 = cpu.sample();
        RateLoad driver = new RateLoad(load, senders, (int) Math.min(Integer.MAX_VALUE - 8, rate * length.toSeconds() * 1.1));
        List<String> samples = new ArrayList<>(List.of("seconds,sent,errors,rss_mib,connections,active"));
        Instant start = Instant.now();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    int[] conns = connections();
                    samples.add(String.format(Locale.ROOT, "%d,%d,%d,%d,%d,%d", Duration.between(start, Instant.now())
                            .toSeconds(), driver.sent.get(), driver.errors.get(), ReportBenchmark.rssKb(stack.app.pid())
                            / 1024, conns[0], conns[1]));
                    Thread.sleep(10_000);
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    samples.add("# sample failed: " + e);
                }
            }
        }, "soak-sampler");
        sampler.setDaemon(true);
        sampler.start();
        ReportLoad.Result result;
        try {
            result = driver.run(rate, length.toSeconds());
        } finally {
            sampler.interrupt();
            sampler.join();
            // kept even when the driver fails (a backlog it could not clear), to see where the run fell behind
            Files.writeString(root.resolve("target/bench-soak-samples.csv"), String.join("\n", samples) + "\n");
        }
        CpuMeter.Sample used = cpu.sample().minus(c0);
        long stored = ReportBenchmark.reports(stack.postgres) - reportsBefore;
        long sizeAfter = databaseSize();
        Files.writeString(root.resolve("bench/results/last-run-soak.csv"), String.join("\n", samples) + "\n");
        String md = SoakReport.markdown(rate, maximum, length, result, stored, used, sizeBefore, sizeAfter, samples)
                + SoakJobs.markdown(SoakJobs.lastSuccess(stack.managementPort), start, Instant.now(),
                root.resolve("target/bench-app.log"));
        System.out.println(md);
        Files.writeString(root.resolve("bench/results/last-run-soak.md"), md);
    }

    private long databaseSize() throws SQLException {
        try (Connection c = stack.postgres.owner(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT pg_database_size(current_database())")) {
            r.next();
            return r.getLong(1);
        }
    }

    private int[] connections() throws SQLException {
        try (Connection c = stack.postgres.owner(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*), count(*) FILTER (WHERE state = 'active') FROM pg_stat_activity"
                     + " WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
            r.next();
            return new int[] {r.getInt(1), r.getInt(2)};
        }
    }
}

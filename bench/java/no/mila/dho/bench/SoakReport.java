package no.mila.dho.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.LongSummaryStatistics;

/** The soak's figures as Markdown: the run, and the first, middle and last samples of memory and connections. */
final class SoakReport {

    private SoakReport() {
    }

    static String markdown(double rate, double maximum, Duration length, ReportLoad.Result r, long stored,
                           CpuMeter.Sample cpu, long sizeBefore, long sizeAfter, List<String> samples) {
        List<long[]> rows = samples.stream().filter(s -> !s.startsWith("seconds") && !s.startsWith("#"))
                .map(s -> java.util.Arrays.stream(s.split(",")).mapToLong(Long::parseLong).toArray()).toList();
        LongSummaryStatistics rss = rows.stream().mapToLong(x -> x[3]).summaryStatistics();
        LongSummaryStatistics conns = rows.stream().mapToLong(x -> x[4]).summaryStatistics();
        StringBuilder table = new StringBuilder();
        int n = rows.size();
        for (int i : new int[] {0, Math.min(n - 1, 6), n / 4, n / 2, 3 * n / 4, n - 1}) {
            if (i >= 0 && i < n) {
                long[] x = rows.get(i);
                table.append(String.format(Locale.ROOT, "| %d s | %d | %d | %d MiB | %d (%d active) |%n", x[0], x[1],
                        x[2], x[3], x[4], x[5]));
            }
        }
        double pg = cpu.postgres();
        return String.format(Locale.ROOT, """
                # Report ingestion: soak, last run

                %s, %s. %s at %.0f reports/s (half of the %.0f reports/s measured just before, closed loop), open loop
                (Java driver, fixed rate, latency from when each report was due), every job on a short schedule (crons
                every 2 minutes, intervals 30 s). Load average at the end: %s.

                | figure | value |
                |---|---|
                | reports sent | %d |
                | reports stored | %d |
                | errors | %d |
                | latency p50 / p99 / max | %.1f / %.1f / %.1f ms |
                | service resident memory, min / max over the 10 s samples | %d / %d MiB |
                | PostgreSQL connections of the database, min / max | %d / %d |
                | database size before / after | %.1f / %.1f MiB |
                | database growth per report | %.0f bytes |
                | CPU per report: service / PostgreSQL | %.2f / %s ms |

                Samples (every 10 s; all in bench/results/last-run-soak.csv):

                | at | sent | errors | service RSS | connections |
                |---|---|---|---|---|
                %s""", LocalDate.now(), BenchReport.cpu(), length, rate, maximum, BenchReport.loadAverage(),
                r.requests(), stored, r.errors(), r.percentileMillis(50), r.percentileMillis(99), r.percentileMillis(100),
                rss.getMin(), rss.getMax(), conns.getMin(), conns.getMax(), sizeBefore / 1048576.0, sizeAfter / 1048576.0,
                stored == 0 ? 0 : (sizeAfter - sizeBefore) / (double) stored, cpu.service() * 1000 / Math.max(1, stored),
                pg < 0 ? "not measured" : String.format(Locale.ROOT, "%.2f", pg * 1000 / Math.max(1, stored)), table);
    }
}

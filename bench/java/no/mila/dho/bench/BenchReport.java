package no.mila.dho.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/** The figures of one run, as Markdown. */
final class BenchReport {

    /** CPU (service and PostgreSQL) per stored report, in milliseconds (issue 16). */
    static final double CPU_TARGET_MS = 1.5;

    private BenchReport() {
    }

    static String markdown(ReportBenchmark.Measured m, int clients, int patients, long seconds, String database) {
        Figures r = m.figures();
        boolean met = r.perSecond() >= 1000 && r.p99() <= 50 && r.errors() == 0;
        double pg = m.postgresMsPerReport();
        String cpuTotal = pg < 0 ? "not measured (remote PostgreSQL)" : String.format(Locale.ROOT, "%.2f ms",
                m.serviceMsPerReport() + pg);
        String cpuMet = pg < 0 ? "not measured" : m.serviceMsPerReport() + pg <= CPU_TARGET_MS ? "met" : "NOT met";
        return String.format(Locale.ROOT, """
                # Report ingestion: last run

                %s, %s, %d cores, load average %s (1, 5, 15 min) at the end. %d patients (2/3 COPD, 1/3 heart failure),
                %d concurrent connections (load driver: %s), each report with its patient's own Keycloak token (one in
                twenty entered by the nurse on the patient's behalf, with a note; one in five with a temperature);
                %d s measured after a warm-up. PostgreSQL: %s.

                | figure | value | target |
                |---|---|---|
                | reports stored | %d | |
                | throughput | %.0f reports/s | >= 1,000 |
                | latency p50 | %.1f ms | |
                | latency p95 | %.1f ms | |
                | latency p99 | %.1f ms | <= 50 ms |
                | latency max | %.1f ms | |
                | errors | %d | 0 |
                | CPU per report: service | %.2f ms | |
                | CPU per report: PostgreSQL | %s | |
                | CPU per report: service + PostgreSQL | %s | <= 1.5 ms: %s |
                | service resident memory (max) | %d MiB | |

                Throughput and latency target %s.
                """, LocalDate.now(), cpu(), Runtime.getRuntime().availableProcessors(), loadAverage(), patients,
                clients, r.driver(), seconds, database, m.stored(), r.perSecond(), r.p50(), r.p95(), r.p99(), r.max(),
                r.errors(), m.serviceMsPerReport(), pg < 0 ? "not measured" : String.format(Locale.ROOT, "%.2f ms", pg),
                cpuTotal, cpuMet, m.maxRssKb() / 1024, met ? "met" : "NOT met");
    }

    static String loadAverage() {
        try {
            String[] l = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return l[0] + " / " + l[1] + " / " + l[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
        } catch (java.io.IOException e) {
            return "unknown CPU";
        }
    }
}

package no.mila.dho.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/** The figures of one run, as Markdown. */
final class BenchReport {

    private BenchReport() {
    }

    static String markdown(Figures r, int clients, int patients, long maxRssKb, long seconds) {
        boolean met = r.perSecond() >= 1000 && r.p99() <= 50 && r.errors() == 0;
        return String.format(Locale.ROOT, """
                # Report ingestion: last run

                %s, %s, %d cores. %d patients (2/3 COPD, 1/3 heart failure), %d concurrent connections
                (load driver: %s), each report with its patient's own Keycloak token; %d s measured after a warm-up.

                | figure | value | target |
                |---|---|---|
                | reports stored | %d | |
                | throughput | %.0f reports/s | >= 1,000 |
                | latency p50 | %.1f ms | |
                | latency p95 | %.1f ms | |
                | latency p99 | %.1f ms | <= 50 ms |
                | latency max | %.1f ms | |
                | errors | %d | 0 |
                | service resident memory (max) | %d MiB | |

                Target %s.
                """, LocalDate.now(), cpu(), Runtime.getRuntime().availableProcessors(), patients, clients, r.driver(),
                seconds, r.requests(), r.perSecond(), r.p50(), r.p95(), r.p99(), r.max(), r.errors(), maxRssKb / 1024, met ? "met" : "NOT met");
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

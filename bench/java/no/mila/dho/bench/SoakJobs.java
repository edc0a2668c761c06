package no.mila.dho.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import no.mila.dho.shared.metrics.Scrape;

/**
 * Whether the jobs ran during the soak: each job's {@code dho_job_last_success_timestamp_seconds} from the service's
 * management port at the end (the gauge of {@code shared/jobs/JobRuns}), against the soak's start; and the WARN and
 * ERROR lines of the service's log ({@code target/bench-app.log}; the service logs at WARN in the benchmark).
 */
final class SoakJobs {

    private SoakJobs() {
    }

    /** Each job's last success, in epoch seconds (0: never), read from /q/metrics of the management port. */
    static Map<String, Double> lastSuccess(int managementPort) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + managementPort + "/q/metrics")).timeout(Duration.ofSeconds(30))
                .build(), HttpResponse.BodyHandlers.ofString());
        Map<String, Double> jobs = new TreeMap<>();
        for (Scrape.Sample s : Scrape.parse(response.body()).of("dho_job_last_success_timestamp_seconds", Map.of())) {
            jobs.merge(s.labels().get("job"), s.value(), Math::max);
        }
        return jobs;
    }

    /** The Markdown section: a row per job (last success, whether it was after the soak's start), the log's lines. */
    static String markdown(Map<String, Double> jobs, Instant start, Instant end, Path log) throws IOException {
        StringBuilder md = new StringBuilder("""

                Jobs (their `dho_job_last_success_timestamp_seconds` at the end, from the management port; the soak ran
                from %s to %s UTC):

                | job | last success (UTC) | succeeded during the soak |
                |---|---|---|
                """.formatted(start.toString().substring(11, 19), end.toString().substring(11, 19)));
        if (jobs.isEmpty()) {
            md.append("| (no job gauge in /q/metrics) | | **no** |\n");
        }
        jobs.forEach((job, at) -> {
            boolean during = at >= start.getEpochSecond();
            md.append(String.format(Locale.ROOT, "| %s | %s | %s |%n", job,
                    at <= 0 ? "never" : Instant.ofEpochSecond(at.longValue()).toString().substring(11, 19),
                    during ? "yes" : "**no**"));
        });
        long warnings = 0;
        long errors = 0;
        if (Files.exists(log)) {
            for (String line : Files.readAllLines(log)) {
                if (line.contains(" WARN ") || line.contains("\"level\":\"WARN\"")) {
                    warnings++;
                } else if (line.contains(" ERROR ") || line.contains("\"level\":\"ERROR\"")) {
                    errors++;
                }
            }
        }
        md.append(String.format(Locale.ROOT, "%nThe service's log (target/bench-app.log, whole run): %d WARN lines, %d "
                + "ERROR lines.%n", warnings, errors));
        return md.toString();
    }
}

package no.mila.dho.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The FHIR Observation search of a hospital clinician ({@code ./mvnw -Pbench
 * -Dbench.main=no.mila.dho.bench.FhirObservationBenchmark}):
 * {@code GET /fhir/r4/Observation?patient=<id>&code=http://loinc.org|<loinc>&date=ge<date>&_count=50} over the
 * worklist benchmark's 10,000 patients with, on top of their year of weekly reports, 90 days of daily reports
 * ({@link ObservationHistory}); every request for another patient and one of the codes the patient measures, at 8
 * concurrent clients, with a real Keycloak token carrying a SMART scope ({@link SmartTokens}). Prints the figures
 * and writes them to bench/results/fhir-observation-last-run.md.
 */
public final class FhirObservationBenchmark {

    /** The search of the issue; {patient}, {code} and {date} are filled in per request. */
    static final String SEARCH = "/fhir/r4/Observation?patient={patient}&code=http://loinc.org%7C{code}&date=ge{date}&_count=50";

    private FhirObservationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("project.root", ".")).toAbsolutePath();
        int patients = Integer.getInteger("bench.patients", 10_000);
        int days = Integer.getInteger("bench.days", 90);
        int since = Integer.getInteger("bench.since", 90);
        int clients = Integer.getInteger("bench.clients", 8);
        long warmup = Long.getLong("bench.warmup", 60);
        long seconds = Long.getLong("bench.seconds", 180);
        boolean hospital = "hospital".equals(System.getProperty("bench.caller", "nurse"));
        String template = System.getProperty("bench.path", SEARCH);
        Path results = root.resolve(System.getProperty("bench.results", "bench/results/fhir-observation-last-run.md"));
        try (BenchStack stack = BenchStack.start(root, List.of())) {
            KeycloakAdmin admin = new KeycloakAdmin(stack.keycloak.baseUrl());
            admin.longTokens();
            String type = template.replaceFirst("^/fhir/r4/([A-Za-z]+).*$", "$1");
            SmartTokens tokens = new SmartTokens(admin, stack.keycloak.realmUrl(), type);
            if (hospital) {
                tokens.prepareHospital();
            } else {
                tokens.prepareNurse();
            }
            long seeding = System.nanoTime();
            String jdbc = stack.postgres.jdbcUrl();
            Map<String, Long> rows = WorklistBenchmark.seed(jdbc, patients);
            ReportBenchmark.say("Seeded the worklist's data set " + rows + " in " + secondsSince(seeding) + " s");
            long daily = ObservationHistory.seed(jdbc, days);
            if (hospital) {
                ObservationHistory.followedByAhus(jdbc);
            }
            long measurements = ObservationHistory.count(jdbc, "measurement");
            String dataSet = String.format(Locale.ROOT, "%,d patients, %,d reports (%,d weekly over a year, %,d daily over "
                    + "the last %d days), %,d measurements; seeded in %d s", rows.get("patient"), rows.get("report") + daily,
                    rows.get("report"), daily, days, measurements, secondsSince(seeding));
            ReportBenchmark.say(dataSet);
            String token = hospital ? tokens.checkedHospital() : tokens.nurse();
            String caller = (hospital ? "hospital-fhir (client credentials)" : "nora.nurse (password grant, dho-app)")
                    + ", " + tokens.describe(token);
            ReportBenchmark.say("Token: " + caller);
            List<String> paths = paths(ObservationHistory.patients(jdbc), template,
                    LocalDate.now(ZoneOffset.UTC).minusDays(since));
            String sample = SearchSample.check(stack.api, paths, token);
            ReportBenchmark.say("Sample answers: " + sample);
            SearchLoad load = new SearchLoad(root, stack.api, paths, token);
            ReportBenchmark.say("Warm-up " + warmup + " s with " + load.driver() + " at " + clients + " clients");
            load.run(clients, warmup);
            AtomicLong maxRss = new AtomicLong();
            Thread sampler = ReportBenchmark.rssSampler(stack.app.pid(), maxRss);
            ReportBenchmark.say("Measuring " + seconds + " s at " + clients + " clients");
            Figures f = load.run(clients, seconds);
            sampler.interrupt();
            String report = report(f, template, dataSet, caller, sample, clients, warmup, seconds, since, maxRss.get());
            System.out.println(report);
            Files.createDirectories(results.getParent());
            Files.writeString(results, report);
        }
    }

    /** One path per patient, in the data set's fixed order, each with one of the codes the patient measures. */
    static List<String> paths(List<ObservationHistory.Patient> patients, String template, LocalDate from) {
        String fixed = System.getProperty("bench.codes");
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < patients.size(); i++) {
            ObservationHistory.Patient p = patients.get(i);
            List<String> codes = fixed != null ? List.of(fixed.split(","))
                    : p.pathway().equals("COPD") ? List.of("8867-4", "85354-9", "59408-5") // pulse, blood pressure, SpO2
                    : List.of("8867-4", "85354-9", "29463-7"); // pulse, blood pressure, body weight
            paths.add(template.replace("{patient}", p.id()).replace("{code}", codes.get(i % codes.size()).trim())
                    .replace("{date}", from.toString()));
        }
        return paths;
    }

    private static String report(Figures f, String template, String dataSet, String caller, String sample, int clients,
                                 long warmup, long seconds, int since, long maxRssKb) {
        boolean met = f.p99() < 50 && f.errors() == 0;
        return String.format(Locale.ROOT, """
                # FHIR Observation search: last run

                %s, %s, %d cores. `GET %s` (date = today - %d days), each request for another patient and one of the
                codes the patient measures.

                Data set: %s. Caller: %s. %d concurrent connections (load driver: %s); %d s measured after %d s warm-up.
                Sample answers before the run: %s.

                | figure | value | target |
                |---|---|---|
                | requests | %d | |
                | throughput | %.0f requests/s | |
                | latency p50 | %.1f ms | |
                | latency p95 | %.1f ms | |
                | latency p99 | **%.1f ms** | < 50 ms |
                | latency max | %.1f ms | |
                | errors | %d | 0 |
                | service resident memory (max) | %d MiB | |

                Target %s.
                """, LocalDate.now(), BenchReport.cpu(), Runtime.getRuntime().availableProcessors(), template, since,
                dataSet, caller, clients, f.driver(), seconds, warmup, sample, f.requests(), f.perSecond(), f.p50(),
                f.p95(), f.p99(), f.max(), f.errors(), maxRssKb / 1024, met ? "met" : "NOT met");
    }

    private static long secondsSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000_000L;
    }
}

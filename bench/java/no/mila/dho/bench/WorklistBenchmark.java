package no.mila.dho.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import no.mila.dho.devstack.Database;
import no.mila.dho.devstack.EmbeddedPostgresServer;

/**
 * The worklist query over 10,000 patients with a year of weekly reports each: the data is written straight into
 * PostgreSQL in the order it would have arrived (patients, episodes, 52 reports with their measurements and alerts
 * each, alerts older than a week closed, some tasks due) and vacuumed as autovacuum would, then nurses' clients ask for worklist pages with the real Keycloak token of
 * {@code nora.nurse}, and every latency is recorded.
 */
public final class WorklistBenchmark {

    private WorklistBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("project.root", ".")).toAbsolutePath();
        int patients = Integer.getInteger("bench.patients", 10_000);
        int clients = Integer.getInteger("bench.clients", 4);
        long warmup = Long.getLong("bench.warmup", 20);
        long seconds = Long.getLong("bench.seconds", 30);
        try (BenchStack stack = BenchStack.start(root, List.of())) {
            long seeding = System.nanoTime();
            Map<String, Long> rows = seed(stack.postgres, patients);
            ReportBenchmark.say("Seeded " + rows + " in " + (System.nanoTime() - seeding) / 1_000_000_000 + " s");
            hold(stack);
            String explain = System.getProperty("bench.explain");
            if (explain != null) {
                try (Connection c = stack.postgres.app(); Statement s = c.createStatement();
                     var r = s.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + Files.readString(Path.of(explain)))) {
                    while (r.next()) {
                        System.out.println(r.getString(1));
                    }
                }
                return;
            }
            KeycloakAdmin admin = new KeycloakAdmin(stack.keycloak.baseUrl());
            admin.longTokens();
            String nurse = admin.token(stack.keycloak.realmUrl(), "dho-app", "nora.nurse", "demo");
            Map<String, String> queries = new LinkedHashMap<>();
            queries.put("first page (20 items, no filter)", "/api/worklist");
            queries.put("page 10", "/api/worklist?page=10");
            queries.put("municipality 3209, unassigned", "/api/worklist?municipality=3209&assigned=UNASSIGNED");
            queries.put("red only", "/api/worklist?zone=RED");
            queries.put("tasks: no reports", "/api/worklist?taskType=NO_REPORTS");
            StringBuilder table = new StringBuilder();
            for (Map.Entry<String, String> q : queries.entrySet()) {
                ReportBenchmark.say("Warm-up " + warmup + " s: " + q.getKey());
                load(stack.api + q.getValue(), nurse, clients, warmup);
                ReportBenchmark.say("Measuring " + seconds + " s at " + clients + " clients: " + q.getKey());
                ReportLoad.Result r = load(stack.api + q.getValue(), nurse, clients, seconds);
                table.append(String.format("| %s | %d | %.0f | %.1f ms | %.1f ms | **%.1f ms** | %.1f ms | %d |%n",
                        q.getKey(), r.requests(), r.perSecond(), r.percentileMillis(50), r.percentileMillis(95),
                        r.percentileMillis(99), r.percentileMillis(100), r.errors()));
            }
            String report = "# Worklist query: last run\n\n" + LocalDate.now() + ", " + Runtime.getRuntime()
                    .availableProcessors() + " cores. " + rows + "\n" + clients + " concurrent clients (Java HttpClient), "
                    + seconds + " s measured per query after " + warmup + " s warm-up; token of nora.nurse.\n\n"
                    + "| query | requests | per second | p50 | p95 | p99 | max | errors |\n"
                    + "|---|---|---|---|---|---|---|---|\n" + table + "\nTarget: p99 under 100 ms.\n";
            System.out.println(report);
            Files.createDirectories(root.resolve("bench/results"));
            Files.writeString(root.resolve("bench/results/worklist-last-run.md"), report);
        }
    }

    /** {@link #seed(Database, int)} on the embedded server's database at {@code jdbcUrl} (its owner and app role). */
    static Map<String, Long> seed(String jdbcUrl, int patients) throws Exception {
        return seed(new Database(jdbcUrl, EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD,
                EmbeddedPostgresServer.OWNER, EmbeddedPostgresServer.OWNER_PASSWORD), patients);
    }

    /**
     * Writes the data set straight into PostgreSQL as the owner (bulk SQL inside the server: generate_series, no row
     * by row from here), then VACUUM ANALYZE; returns the row counts.
     */
    static Map<String, Long> seed(Database database, int patients) throws Exception {
        try (Connection c = database.owner(); Statement s = c.createStatement()) {
            // bulk work inside PostgreSQL: sorts and index builds in memory rather than on disk
            s.execute("SET work_mem = '256MB'");
            s.execute("SET maintenance_work_mem = '512MB'");
            // valid synthetic national identity numbers (month + 80, both mod-11 check digits), as the FHIR Patient
            // mapping requires; made inside PostgreSQL as SyntheticIds makes them (candidates without a check digit
            // skipped), numbered 1..patients
            timed(s, """
                    CREATE TEMP TABLE bench_national_id AS
                    WITH c AS MATERIALIZED (
                        SELECT n, lpad((1 + n %% 28)::text, 2, '0') || lpad((81 + (n / 28) %% 12)::text, 2, '0')
                                  || lpad((30 + (n / 336) %% 60)::text, 2, '0') || lpad(((n / 20160) %% 500)::text, 3, '0') AS d
                          FROM generate_series(0, %d) n
                    ), k1 AS MATERIALIZED (
                        SELECT n, d, 11 - (3 * substr(d, 1, 1)::int + 7 * substr(d, 2, 1)::int + 6 * substr(d, 3, 1)::int
                                   + substr(d, 4, 1)::int + 8 * substr(d, 5, 1)::int + 9 * substr(d, 6, 1)::int
                                   + 4 * substr(d, 7, 1)::int + 5 * substr(d, 8, 1)::int + 2 * substr(d, 9, 1)::int) %% 11 AS k
                          FROM c
                    ), d10 AS MATERIALIZED (
                        SELECT n, d || CASE k WHEN 11 THEN 0 ELSE k END AS d FROM k1 WHERE k <> 10
                    ), k2 AS (
                        SELECT n, d, 11 - (5 * substr(d, 1, 1)::int + 4 * substr(d, 2, 1)::int + 3 * substr(d, 3, 1)::int
                                   + 2 * substr(d, 4, 1)::int + 7 * substr(d, 5, 1)::int + 6 * substr(d, 6, 1)::int
                                   + 5 * substr(d, 7, 1)::int + 4 * substr(d, 8, 1)::int + 3 * substr(d, 9, 1)::int
                                   + 2 * substr(d, 10, 1)::int) %% 11 AS k
                          FROM d10
                    )
                    SELECT row_number() OVER (ORDER BY n)::int AS g, (d || CASE k WHEN 11 THEN 0 ELSE k END)::char(11) AS national_id
                      FROM k2 WHERE k <> 10 ORDER BY n LIMIT %d""".formatted(patients * 3 / 2 + 1000, patients));
            timed(s, """
                    INSERT INTO patient (id, national_id, given_name, family_name, birth_date, municipality, gp_hpr,
                                         created_at, created_by, updated_at, updated_by)
                    SELECT md5('patient' || g)::uuid, n.national_id, 'Bench', 'Pasient ' || g,
                           DATE '1950-01-01', (ARRAY['3209','3228','3238','3240','3230'])[1 + mod(g, 5)], '9200001',
                           now(), 'bench', now(), 'bench'
                      FROM generate_series(1, %d) g JOIN bench_national_id n USING (g)""".formatted(patients));
            timed(s, """
                    INSERT INTO episode (id, patient_id, pathway, state, referral_source, referral_oral_consent, referred_on,
                                         consent_date, start_date)
                    SELECT md5('episode' || p.id)::uuid, p.id, CASE WHEN hashtext(p.id::text) % 3 = 0 THEN 'HEART_FAILURE'
                           ELSE 'COPD' END, 'ACTIVE', 'GP', TRUE, current_date - 370, current_date - 366, current_date - 365
                      FROM patient p WHERE p.created_by = 'bench'""");
            // a year of weekly reports: about 80 % green, 15 % yellow, 5 % red
            timed(s, """
                    CREATE TEMP TABLE bench_report AS
                    SELECT gen_random_uuid() AS id, p.id AS patient_id, now() - make_interval(days => w * 7, hours => (abs(hashtext(p.id::text)) % 12)) AS at,
                           CASE WHEN abs(hashtext(p.id::text || w)) % 100 < 5 THEN 'RED'
                                WHEN abs(hashtext(p.id::text || w)) % 100 < 20 THEN 'YELLOW' ELSE 'GREEN' END AS zone, w
                      FROM patient p, generate_series(0, 51) w WHERE p.created_by = 'bench'""");
            timed(s, """
                    INSERT INTO report (id, patient_id, client_report_id, content_hash, measured_at, received_at,
                                        entered_by_subject, entered_by_role, on_behalf, zone, threshold_set_id,
                                        findings, answer)
                    SELECT b.id, b.patient_id, gen_random_uuid(), repeat('0', 64), b.at, b.at, 'bench', 'patient', FALSE,
                           b.zone, t.id, '[]', '{}'
                      FROM bench_report b JOIN episode e ON e.patient_id = b.patient_id
                      JOIN threshold_set t ON t.pathway = e.pathway AND t.patient_id IS NULL AND t.status = 'IN_FORCE'
                     ORDER BY b.at""");
            timed(s, """
                    INSERT INTO measurement (id, report_id, patient_id, type, value, unit, zone, measured_at)
                    SELECT gen_random_uuid(), id, patient_id, 'SPO2', CASE zone WHEN 'RED' THEN 86 WHEN 'YELLOW' THEN 90 ELSE 95 END,
                           '%', zone, at FROM bench_report
                    UNION ALL
                    SELECT gen_random_uuid(), id, patient_id, 'PULSE', 70 + abs(hashtext(id::text)) % 20, '/min', 'GREEN', at
                      FROM bench_report ORDER BY 8""");
            // alerts: those of the last week open, older ones closed
            timed(s, """
                    INSERT INTO alert (id, patient_id, report_id, zone, reasons, status, received_at, closed_by_subject,
                                       closed_at, outcome)
                    SELECT gen_random_uuid(), patient_id, id, zone,
                           CASE WHEN zone = 'GREEN' THEN '[]'::jsonb
                                ELSE jsonb_build_array(jsonb_build_object('nb', 'SpO2 er under grensen.', 'en', 'SpO2 is below the limit.')) END,
                           CASE WHEN w = 0 THEN 'OPEN' ELSE 'CLOSED' END, at,
                           CASE WHEN w = 0 THEN NULL ELSE 'bench' END, CASE WHEN w = 0 THEN NULL ELSE at + interval '1 day' END,
                           CASE WHEN w = 0 THEN NULL ELSE 'ACKNOWLEDGED_WITHOUT_CONTACT' END
                      FROM bench_report ORDER BY at""");
            timed(s, """
                    INSERT INTO follow_up_task (id, patient_id, episode_id, type, period_key, due_date, detail, status, created_at)
                    SELECT gen_random_uuid(), p.id, md5('episode' || p.id)::uuid,
                           CASE WHEN abs(hashtext(p.id::text)) % 2 = 0 THEN 'NO_REPORTS' ELSE 'MONTHLY_CONTACT' END,
                           'bench', current_date - abs(hashtext(p.id::text)) % 10, 'bench', 'OPEN', now()
                      FROM patient p WHERE p.created_by = 'bench' AND abs(hashtext(p.id::text)) % 10 = 0""");
            // as autovacuum leaves a table in steady use (data arrives in time order, as inserted above)
            timed(s, "VACUUM ANALYZE");
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : Arrays.asList("patient", "report", "measurement", "alert", "follow_up_task")) {
                try (var r = s.executeQuery("SELECT count(*) FROM " + table)) {
                    r.next();
                    counts.put(table, r.getLong(1));
                }
            }
            try (var r = s.executeQuery("SELECT count(*) FROM alert WHERE status <> 'CLOSED'")) {
                r.next();
                counts.put("open alerts", r.getLong(1));
            }
            return counts;
        }
    }

    /**
     * With {@code -Dbench.hold=<file>}: after seeding, creates that file, prints where the database and the service
     * are, and waits while the file exists (to look at plans with psql, or try an index, on the seeded data).
     */
    private static void hold(BenchStack stack) throws Exception {
        String hold = System.getProperty("bench.hold");
        if (hold == null) {
            return;
        }
        Path file = Path.of(hold);
        Files.writeString(file, "delete this file to go on\n");
        ReportBenchmark.say("Holding while " + file + " exists: PostgreSQL " + stack.postgres.jdbcUrl() + ", service "
                + stack.api + ", Keycloak " + stack.keycloak.realmUrl());
        while (Files.exists(file)) {
            Thread.sleep(1000);
        }
    }

    /** Runs one bulk statement and says how long it took. */
    private static void timed(Statement s, String sql) throws java.sql.SQLException {
        long t0 = System.nanoTime();
        s.execute(sql);
        String first = sql.strip().lines().findFirst().orElse("");
        ReportBenchmark.say(String.format("  %.1f s: %s", (System.nanoTime() - t0) / 1e9,
                first.length() > 60 ? first.substring(0, 60) : first));
    }

    /** Closed-loop GETs of {@code url} by {@code clients} clients for {@code seconds}; every latency kept. */
    static ReportLoad.Result load(String url, String token, int clients, long seconds) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        List<long[]> perClient = new ArrayList<>();
        int[] counts = new int[clients];
        Thread[] threads = new Thread[clients];
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            long[] mine = new long[1 << 20];
            perClient.add(mine);
            int client = c;
            threads[c] = new Thread(() -> {
                int n = 0;
                while (System.nanoTime() < end && n < mine.length) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    mine[n++] = System.nanoTime() - t0;
                }
                counts[client] = n;
            });
            threads[c].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int i = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(perClient.get(c), 0, all, i, counts[c]);
            i += counts[c];
        }
        Arrays.sort(all);
        return new ReportLoad.Result(total, errors.get(), elapsed, all);
    }
}

package no.mila.dho.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.mila.dho.devstack.Database;
import no.mila.dho.devstack.EmbeddedPostgresServer;
import no.mila.dho.patient.domain.EpisodeState;
import no.mila.dho.shared.time.ClockProducer;
import no.mila.dho.shared.time.NorwegianCalendar;
import no.mila.dho.testsupport.Tokens;
import no.mila.dho.testsupport.WireMockOidcTestResource;
import org.junit.jupiter.api.Test;

/**
 * Two replicas on one PostgreSQL, as the Helm chart runs them (docs/replicas.md): the schema migrated first by a
 * separate run of the packaged jar ({@code quarkus.init-and-exit}, as the owner), then two packaged instances with
 * Flyway off and every job firing every second or two on both (cadence, episode ending, day-14 summary, benefit
 * reminders, idle-claim release, outbox delivery). Reports go to both, new ones and the same report id to both at
 * once; the jobs find work written after both are up, so both fire on it in the same second. No report is lost or
 * stored twice, no task or reminder made twice, no episode ended twice, every outgoing message is accepted by the
 * receiver exactly once, an idle claim is released once, and a claim made on one instance is seen on the other.
 *
 * <p>Tokens come from the OIDC WireMock issuer of quarkus-test-oidc-server, in this test's process: the instances
 * discover it and verify each token's RS256 signature against its key set over HTTP, as they would Keycloak's; a real
 * Keycloak would add a minute of start-up and prove nothing more here (KeycloakSecurityIT covers the realm).
 */
class TwoInstancesIT {

    static final int API_PATIENTS = 6;
    static final int NEW_REPORTS_EACH = 10;
    static final int DUPLICATED_IDS = 20;
    static final int SENDS_PER_ID = 6;
    static final int FOLLOWED = 300;
    static final int ENDING = 4;
    static final Duration MIGRATION_TIMEOUT = Duration.ofMinutes(4);
    static final Duration JOBS_TIMEOUT = Duration.ofMinutes(2);
    static final String EVERY_2S = "0/2 * * * * ?";

    private final Path root = Path.of(System.getProperty("project.root", ".")).toAbsolutePath();
    private final Path work = root.resolve("target/two-instances-it");

    @Test
    void two_instances_lose_and_double_nothing_and_see_each_others_claims() throws Exception {
        Files.createDirectories(work);
        WireMockOidcTestResource issuer = new WireMockOidcTestResource();
        String oidc = issuer.start().get("quarkus.oidc.auth-server-url");
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.ephemeral();
             CountingReceiver receiver = new CountingReceiver()) {
            Database db = postgres.database();
            migrateAsASeparateStep(db, oidc);
            Replica a = replica("A", db, oidc);
            Replica b = replica("B", db, oidc);
            try {
                a.awaitReady();
                b.awaitReady();
                run(db, receiver, a, b);
            } finally {
                a.stop();
                b.stop();
                issuer.stop();
            }
        }
    }

    private void run(Database db, CountingReceiver receiver, Replica a, Replica b) throws Exception {
        ReplicaData.registerGp(db, receiver.endpoint());
        List<String[]> patients = new ArrayList<>();
        for (int i = 0; i < API_PATIENTS; i++) {
            patients.add(i % 2 == 0 ? ReplicaApi.patientInFollowUp("3209", ReplicaData.GP_HPR, a.baseUrl(), b.baseUrl())
                    : ReplicaApi.patientInFollowUp("3209", ReplicaData.GP_HPR, b.baseUrl(), a.baseUrl()));
        }
        // work for the jobs, written while both run: the next firing on each finds it at the same second
        List<UUID> followed = ReplicaData.followedPatients(db, FOLLOWED, ENDING);
        ReplicaData.pendingMessages(db, followed.subList(0, 20), 3);

        sendReports(patients, a, b);
        claimOnOneIsSeenOnTheOther(a, b);
        UUID idle = idleClaimIsReleasedOnce(db, a);
        awaitJobs(db);
        assertNothingLostOrDoubled(db, receiver, patients);
        System.out.println("[TwoInstancesIT] " + receiver + "; idle claim released: " + idle + "; jobs' lines: A "
                + jobLines(a) + ", B " + jobLines(b) + "; tasks " + ReplicaData.count(db,
                "SELECT count(*) FROM follow_up_task") + ", reminders " + ReplicaData.count(db,
                "SELECT count(*) FROM benefit_reminder"));
    }

    // ------------------------------------------------------------------------------------------ the steps

    /** The packaged jar with init-and-exit as the owner: migrates, starts nothing (no demo data, no job), exits 0. */
    private void migrateAsASeparateStep(Database db, String oidc) throws Exception {
        // the local profile's demo data stays enabled here: init-and-exit must not run it
        Replica migration = Replica.start("migration", root, db, oidc, List.of("-Dquarkus.init-and-exit=true",
                "-Dquarkus.flyway.migrate-at-start=true"), Map.of(), work.resolve("migration.log"));
        assertThat(migration.awaitExit(MIGRATION_TIMEOUT)).as("exit code of the migration step%s", migration.logTail())
                .isZero();
        assertThat(ReplicaData.count(db, "SELECT count(*) FROM flyway_schema_history WHERE NOT success"))
                .as("failed migrations").isZero();
        assertThat(ReplicaData.count(db, "SELECT count(*) FROM flyway_schema_history WHERE type = 'SQL'"))
                .as("migrations applied").isGreaterThan(20);
        assertThat(ReplicaData.count(db, "SELECT count(*) FROM patient")).as("patients after init-and-exit "
                + "(demo data must not run)").isZero();
    }

    private Replica replica(String name, Database db, String oidc) throws Exception {
        return Replica.start(name, root, db, oidc, List.of("-Dquarkus.flyway.migrate-at-start=false",
                "-D%local.dho.demo-data.enabled=false",
                "-Ddho.worklist.cadence-cron=" + EVERY_2S, "-Ddho.episode-ending.cron=" + EVERY_2S,
                "-Ddho.collaboration.day-14-cron=" + EVERY_2S, "-Ddho.benefit.reminder-cron=" + EVERY_2S,
                "-Ddho.handover.idle-check-every=1s", "-Ddho.outbox.deliver-every=1s", "-Ddho.outbox.retry-base=1s",
                "-Ddho.outbox.retry-cap=2s", "-Ddho.audit.fallback.directory=" + work.resolve("fallback-" + name)),
                Map.of("DHO_OUTBOX_FHIR_ENABLED", "true"), work.resolve("replica-" + name + ".log"));
    }

    /**
     * New reports, each to one instance in turn (one red per patient), and reports whose id is sent six times, three
     * times to each instance, all at once: every answer 201, the same answer to every copy.
     */
    private void sendReports(List<String[]> patients, Replica a, Replica b) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<ExtractableResponse<Response>>> calls = new ArrayList<>();
            int n = 0;
            for (String[] p : patients) {
                for (int i = 0; i < NEW_REPORTS_EACH; i++) {
                    String base = n++ % 2 == 0 ? a.baseUrl() : b.baseUrl();
                    String body = ReplicaApi.report(UUID.randomUUID(), i == 0 ? 85 : 96);
                    calls.add(() -> ReplicaApi.send(base, p[1], body));
                }
            }
            Map<String, Set<String>> answers = new ConcurrentHashMap<>();
            for (int d = 0; d < DUPLICATED_IDS; d++) {
                String[] p = patients.get(d % patients.size());
                String body = ReplicaApi.report(UUID.randomUUID(), 91);
                for (int s = 0; s < SENDS_PER_ID; s++) {
                    String base = s % 2 == 0 ? a.baseUrl() : b.baseUrl();
                    calls.add(() -> {
                        ExtractableResponse<Response> r = ReplicaApi.send(base, p[1], body);
                        answers.computeIfAbsent(body, k -> ConcurrentHashMap.newKeySet()).add(r.asString());
                        return r;
                    });
                }
            }
            for (Future<ExtractableResponse<Response>> f : pool.invokeAll(calls)) {
                assertThat(f.get().statusCode()).as("answer %s", f.get().asString()).isEqualTo(201);
            }
            answers.forEach((body, bodies) -> assertThat(bodies).as("answers to the copies of %s", body).hasSize(1));
        } finally {
            pool.shutdownNow();
        }
    }

    /** Nora claims the oldest red item on A; on B another nurse sees her as its holder and cannot claim it. */
    private void claimOnOneIsSeenOnTheOther(Replica a, Replica b) {
        String item = ReplicaApi.redItems(a.baseUrl(), Tokens.nurse()).path("items[0].id");
        io.restassured.RestAssured.given().baseUri(a.baseUrl()).auth().oauth2(Tokens.nurse())
                .when().post("/api/alerts/" + item + "/claim").then().statusCode(200);
        String other = Tokens.nurse("nurse-2");
        List<Map<String, Object>> onB = ReplicaApi.redItems(b.baseUrl(), other).path("items");
        Map<String, Object> seen = onB.stream().filter(i -> item.equals(i.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("item " + item + " not on B's worklist: " + onB));
        assertThat(seen.get("claimedBy")).isEqualTo("Nora Sykepleier");
        assertThat(seen.get("claimedByMe")).isEqualTo(false);
        io.restassured.RestAssured.given().baseUri(b.baseUrl()).auth().oauth2(other)
                .when().post("/api/alerts/" + item + "/claim").then().statusCode(409);
    }

    /** A claim three hours old (another red item) is given back to the list by one of the two jobs, once. */
    private UUID idleClaimIsReleasedOnce(Database db, Replica a) throws Exception {
        UUID alert = UUID.fromString(ReplicaApi.redItems(a.baseUrl(), Tokens.nurse()).path("items[1].id"));
        ReplicaData.claimedLongAgo(db, alert);
        await(() -> ReplicaData.count(db, "SELECT count(*) FROM alert WHERE id = '" + alert
                + "' AND status = 'OPEN' AND claimed_by_subject IS NULL") == 1, "the idle claim released");
        assertThat(ReplicaData.count(db, "SELECT count(*) FROM worklist_event WHERE alert_id = '" + alert
                + "' AND event = 'IDLE_RELEASED'")).as("IDLE_RELEASED events of the idle claim").isEqualTo(1);
        return alert;
    }

    /** Polls until the jobs have done the work written for them (cadence on working days only). */
    private void awaitJobs(Database db) throws Exception {
        await(() -> ReplicaData.count(db, "SELECT count(*) FROM episode WHERE state = 'ENDED'") == ENDING,
                "the episodes due to end ended");
        LocalDate today = ClockProducer.today(Clock.systemUTC());
        if (NorwegianCalendar.isWorkingDay(today)) {
            String followedUp = "'" + String.join("','", EpisodeState.followedUpNames()) + "'";
            await(() -> ReplicaData.count(db, "SELECT count(*) FROM episode e LEFT JOIN cadence_check c ON "
                    + "c.episode_id = e.id WHERE e.state IN (" + followedUp + ") AND e.start_date IS NOT NULL AND "
                    + "c.checked_on IS DISTINCT FROM DATE '" + today + "'") == 0, "every episode checked by cadence");
        }
        await(() -> ReplicaData.count(db, "SELECT count(*) FROM outgoing_message WHERE state = 'PENDING'") == 0,
                "every outgoing message delivered");
    }

    private void assertNothingLostOrDoubled(Database db, CountingReceiver receiver, List<String[]> patients)
            throws SQLException {
        String ours = "patient_id IN ('" + String.join("','", patients.stream().map(p -> p[0]).toList()) + "')";
        long reports = API_PATIENTS * NEW_REPORTS_EACH + DUPLICATED_IDS;
        assertThat(ReplicaData.count(db, "SELECT count(*) FROM report WHERE " + ours)).as("reports").isEqualTo(reports);
        assertThat(ReplicaData.count(db, "SELECT count(DISTINCT (patient_id, client_report_id)) FROM report WHERE "
                + ours)).as("distinct report ids").isEqualTo(reports);
        assertThat(ReplicaData.count(db, "SELECT count(*) FROM measurement WHERE " + ours)).as("measurements")
                .isEqualTo(2 * reports);
        assertThat(ReplicaData.rows(db, "SELECT report_id, count(*) FROM alert GROUP BY report_id HAVING count(*) > 1"))
                .as("reports with more than one alert").isEmpty();
        assertThat(ReplicaData.rows(db, "SELECT patient_id, type, period_key, count(*) FROM follow_up_task "
                + "GROUP BY 1, 2, 3 HAVING count(*) > 1")).as("tasks made twice").isEmpty();
        assertThat(ReplicaData.rows(db, "SELECT patient_id, type, count(*) FROM follow_up_task WHERE status <> "
                + "'CLOSED' GROUP BY 1, 2 HAVING count(*) > 1")).as("two open tasks of a type").isEmpty();
        if (NorwegianCalendar.isWorkingDay(ClockProducer.today(Clock.systemUTC()))) {
            assertThat(ReplicaData.count(db, "SELECT count(DISTINCT patient_id) FROM follow_up_task "
                    + "WHERE type = 'NO_REPORTS'")).as("patients silent for 100 days with a NO_REPORTS task (those "
                    + "ending too when the cadence came first)").isBetween((long) FOLLOWED - ENDING, (long) FOLLOWED);
        }
        assertThat(ReplicaData.rows(db, "SELECT episode_id, count(*) FROM episode_transition WHERE to_state = 'ENDED' "
                + "GROUP BY 1 HAVING count(*) > 1")).as("episodes ended twice").isEmpty();
        assertThat(ReplicaData.rows(db, "SELECT municipality, year, quarter, count(*) FROM benefit_reminder "
                + "GROUP BY 1, 2, 3 HAVING count(*) > 1")).as("reminders made twice").isEmpty();
        assertThat(ReplicaData.rows(db, "SELECT patient_id, kind, recipient_kind, recipient_key, count(*) "
                + "FROM outgoing_message WHERE created_by_subject <> 'two-instances-it' GROUP BY 1, 2, 3, 4 "
                + "HAVING count(*) > 1"))
                .as("messages the service wrote twice").isEmpty();
        Set<String> delivered = new HashSet<>(ReplicaData.rows(db,
                "SELECT id FROM outgoing_message WHERE state = 'DELIVERED'"));
        assertThat(delivered.size()).as("messages delivered").isGreaterThanOrEqualTo(60);
        assertThat(receiver.accepted.keySet()).as("accepted by the receiver").isEqualTo(delivered);
        assertThat(receiver.acceptedTwice()).as("messages accepted twice").isZero();
        assertThat(receiver.refused.get()).as("first calls refused (offered again)").isPositive();
    }

    // ------------------------------------------------------------------------------------------ helpers

    private interface Check {
        boolean holds() throws Exception;
    }

    /** Polls {@code done} every 200 ms until it holds; fails after {@link #JOBS_TIMEOUT}. */
    private static void await(Check done, String what) throws Exception {
        long deadline = System.nanoTime() + JOBS_TIMEOUT.toNanos();
        while (!done.holds()) {
            if (System.nanoTime() > deadline) {
                fail("Not within " + JOBS_TIMEOUT + ": " + what);
            }
            Thread.sleep(200);
        }
    }

    private static List<String> jobLines(Replica r) {
        return r.logText().lines().filter(l -> l.contains("task(s) created") || l.contains("Ended ")
                || l.contains("reminder(s) created") || l.contains("idle claim(s) released")
                || l.contains("Day-14 summaries")).map(l -> l.substring(Math.max(0, l.lastIndexOf(']') + 1)).trim())
                .toList();
    }
}

package no.mila.dho.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import no.mila.dho.devstack.EmbeddedPostgresServer;
import no.mila.dho.devstack.KeycloakServer;
import no.mila.dho.devstack.ServiceProcess;
import no.mila.dho.outbox.application.FlakyReceiver;
import org.junit.jupiter.api.Test;

/**
 * The outbox's reliability with the packaged service killed mid-delivery (issue 14): PostgreSQL (embedded) and the
 * packaged service ({@code target/quarkus-app}) as a child process with the {@code fhir-http} transport on, delivering
 * 1,000 messages of 25 patients to a receiver in this test's process. The receiver refuses 30 % of calls (503), answers
 * 10 % slowly, and drops the connection once after accepting (pseudo-random, fixed seed: the outcome of each message's
 * n-th call is the same on every run). Once it has accepted 100 messages it accepts the next one and holds the call
 * without answering; the test then kills the service (SIGKILL: no shutdown, no commit) while it waits for that answer,
 * checks that the held message is still PENDING in the database although the receiver has it, starts the service
 * again on the same database and waits until every message is DELIVERED. Every message must have been accepted, each
 * once under its id (the held and the dropped one were offered again with the same id and deduplicated), each
 * patient's messages first accepted in the order written.
 *
 * <p>The service validates tokens against an OIDC server nobody listens on: this test sends it no request but health
 * checks; it writes the register entry and the messages by SQL, as events of the service would have.
 */
class OutboxCrashIT {

    static final int PATIENTS = 25;
    static final int PER_PATIENT = 40;
    static final int MESSAGES = PATIENTS * PER_PATIENT;
    static final long SEED = 20261202L;
    /** The message whose first call is accepted and then the connection dropped without an answer. */
    static final int DROP_AT = 37;
    /** After this many acceptances the receiver accepts the next call and holds it until the service was killed. */
    static final int HOLD_AFTER = 300;
    static final String GP_HPR = "9300001";

    static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    static final Duration HOLD_TIMEOUT = Duration.ofMinutes(3);
    static final Duration DELIVERY_TIMEOUT = Duration.ofMinutes(5);

    private final Path root = Path.of(System.getProperty("project.root", ".")).toAbsolutePath();
    private final Path work = root.resolve("target/outbox-crash-it");

    @Test
    void the_service_killed_mid_delivery_and_restarted_delivers_every_message_once_in_each_patients_order()
            throws Exception {
        Files.createDirectories(work);
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.ephemeral();
             FlakyReceiver receiver = new FlakyReceiver(SEED, DROP_AT, 0, 200, HOLD_AFTER)) {
            Service first = Service.start(root, postgres, work.resolve("service-1.log"));
            Map<UUID, Integer> numberOf;
            try {
                first.awaitReady();
                numberOf = writeMessages(postgres, receiver.endpoint());

                if (!receiver.holding.await(HOLD_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    fail("The receiver did not get its " + (HOLD_AFTER + 1) + "th message within " + HOLD_TIMEOUT
                            + ": " + receiver + ", in the database " + states(postgres) + first.logTail());
                }
                first.kill();
            } finally {
                first.kill();
            }
            UUID held = UUID.fromString(receiver.held.get());
            Map<String, Integer> atKill = states(postgres);
            assertThat(receiver.accepted).as("accepted when the service was killed").hasSize(HOLD_AFTER + 1);
            assertThat(atKill.getOrDefault("DELIVERED", 0)).as("DELIVERED when the service was killed: %s", atKill)
                    .isLessThan(MESSAGES);
            assertThat(stateOf(postgres, held))
                    .as("the held message, accepted by the receiver, after the kill (its commit never happened)")
                    .isEqualTo("PENDING");
            receiver.release();

            Service second = Service.start(root, postgres, work.resolve("service-2.log"));
            try {
                second.awaitReady();
                await(() -> states(postgres).getOrDefault("DELIVERED", 0) == MESSAGES, DELIVERY_TIMEOUT,
                        () -> "Not every message DELIVERED after the restart: " + states(postgres) + ", " + receiver
                                + lastErrors(postgres) + second.logTail());
            } finally {
                second.stop();
            }

            assertThat(states(postgres)).as("no message PENDING, FAILED or WITHHELD")
                    .isEqualTo(Map.of("DELIVERED", MESSAGES));
            // none lost and none twice: exactly the messages written, each accepted once under its id
            assertThat(receiver.accepted).hasSize(MESSAGES).doesNotHaveDuplicates();
            assertThat(new HashSet<>(receiver.accepted)).isEqualTo(strings(numberOf.keySet()));
            // offered again under the same id, deduplicated: the message held at the kill and the dropped connection
            assertThat(receiver.duplicateIds).contains(held.toString(), idOf(numberOf, DROP_AT));
            assertThat(receiver.dropped.get()).isEqualTo(1);
            List<Integer> inOrder = IntStream.rangeClosed(1, PER_PATIENT).boxed().toList();
            assertThat(receiver.orderByPatient).hasSize(PATIENTS);
            receiver.orderByPatient.forEach((patient, order) -> assertThat(order).as(patient).isEqualTo(inOrder));
            assertThat(receiver.refused.get()).as("calls refused with 503").isGreaterThan(MESSAGES / 5);
            assertThat(receiver.slow.get()).as("calls answered slowly").isGreaterThan(MESSAGES / 20);
            System.out.println("[OutboxCrashIT] " + receiver + "; at the kill: " + atKill);
        }
    }

    // ------------------------------------------------------------------------------------------ the data, by SQL

    /**
     * The GP's register entry (fhir-http to the receiver), 25 patients with a written consent (sharing with the GP
     * allowed) and 30 messages each, written round by round so that the patients' messages interleave; returns each
     * message's global number by id. One transaction: the worker sees all or nothing.
     */
    private static Map<UUID, Integer> writeMessages(EmbeddedPostgresServer postgres, String endpoint)
            throws SQLException {
        Map<UUID, Integer> numberOf = new LinkedHashMap<>();
        try (Connection c = connect(postgres)) {
            c.setAutoCommit(false);
            UUID recipient = UUID.randomUUID();
            try (PreparedStatement s = c.prepareStatement("INSERT INTO message_recipient "
                    + "(id, kind, recipient_key, name, her_id, transport, endpoint, active) "
                    + "VALUES (?, 'GP', ?, 'Fastlege Test', '8100001', 'fhir-http', ?, TRUE)")) {
                s.setObject(1, recipient);
                s.setString(2, GP_HPR);
                s.setString(3, endpoint);
                s.executeUpdate();
            }
            List<UUID> patients = new ArrayList<>();
            try (PreparedStatement patient = c.prepareStatement("INSERT INTO patient (id, national_id, given_name, "
                    + "family_name, birth_date, municipality, gp_name, gp_hpr, created_at, created_by, updated_at, "
                    + "updated_by) VALUES (?, ?, 'Test', ?, DATE '1950-01-01', '3209', 'Fastlege Test', ?, now(), "
                    + "'outbox-crash-it', now(), 'outbox-crash-it')");
                 PreparedStatement episode = c.prepareStatement("INSERT INTO episode (id, patient_id, pathway, state, "
                         + "referral_source, referral_oral_consent, referred_on, consent_date, "
                         + "consent_collected_by_subject, consent_collected_by_name, start_date) VALUES (?, ?, 'COPD', "
                         + "'ACTIVE', 'GP', TRUE, current_date - 30, current_date - 20, 'outbox-crash-it', "
                         + "'Test Sykepleier', current_date - 20)")) {
                for (int p = 0; p < PATIENTS; p++) {
                    UUID id = UUID.randomUUID();
                    patient.setObject(1, id);
                    patient.setString(2, String.format("010150%05d", 90000 + p));
                    patient.setString(3, "Pasient" + p);
                    patient.setString(4, GP_HPR);
                    patient.executeUpdate();
                    episode.setObject(1, UUID.randomUUID());
                    episode.setObject(2, id);
                    episode.executeUpdate();
                    patients.add(id);
                }
            }
            try (PreparedStatement message = c.prepareStatement("INSERT INTO outgoing_message (id, patient_id, kind, "
                    + "recipient_kind, recipient_key, recipient_id, subject, text, payload, created_at, "
                    + "created_by_subject, created_by_name, state, attempts, next_attempt_at, state_changed_at) "
                    + "VALUES (?, ?, 'INCLUSION', 'GP', ?, ?, 'Pasienten er inkludert', ?, '{}'::jsonb, now(), "
                    + "'outbox-crash-it', 'Testhendelse', 'PENDING', 0, now(), now())")) {
                int number = 0;
                for (int n = 1; n <= PER_PATIENT; n++) {
                    for (UUID patient : patients) {
                        number++;
                        UUID id = UUID.randomUUID();
                        message.setObject(1, id);
                        message.setObject(2, patient);
                        message.setString(3, GP_HPR);
                        message.setObject(4, recipient);
                        message.setString(5, "Melding " + number + " til fastlegen, nr. " + n);
                        // one statement at a time, in order: seq (an identity) follows the order written
                        message.executeUpdate();
                        numberOf.put(id, number);
                    }
                }
            }
            c.commit();
        }
        return numberOf;
    }

    private static Connection connect(EmbeddedPostgresServer postgres) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(), EmbeddedPostgresServer.USER,
                EmbeddedPostgresServer.PASSWORD);
    }

    /** The number of messages in each state. */
    private static Map<String, Integer> states(EmbeddedPostgresServer postgres) {
        Map<String, Integer> states = new HashMap<>();
        try (Connection c = connect(postgres); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT state, count(*) FROM outgoing_message GROUP BY state")) {
            while (rs.next()) {
                states.put(rs.getString(1), rs.getInt(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count the messages by state", e);
        }
        return states;
    }

    private static String stateOf(EmbeddedPostgresServer postgres, UUID id) throws SQLException {
        try (Connection c = connect(postgres);
             PreparedStatement s = c.prepareStatement("SELECT state FROM outgoing_message WHERE id = ?")) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : "(none)";
            }
        }
    }

    private static String lastErrors(EmbeddedPostgresServer postgres) {
        StringBuilder out = new StringBuilder("\nMessages not DELIVERED (state, attempts, last error):");
        try (Connection c = connect(postgres); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT state, attempts, last_error FROM outgoing_message "
                     + "WHERE state <> 'DELIVERED' ORDER BY seq LIMIT 10")) {
            while (rs.next()) {
                out.append("\n  ").append(rs.getString(1)).append(", ").append(rs.getInt(2)).append(", ")
                        .append(rs.getString(3));
            }
        } catch (SQLException e) {
            out.append(" (could not read: ").append(e.getMessage()).append(')');
        }
        return out.toString();
    }

    /** Polls {@code done} every half second until it holds; fails with {@code why} after {@code timeout}. */
    private static void await(BooleanSupplier done, Duration timeout, Supplier<String> why)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail(why.get() + " (waited " + timeout + ")");
            }
            Thread.sleep(500);
        }
    }

    private static Set<String> strings(Set<UUID> ids) {
        Set<String> strings = new HashSet<>();
        ids.forEach(id -> strings.add(id.toString()));
        return strings;
    }

    private static String idOf(Map<UUID, Integer> numberOf, int number) {
        return numberOf.entrySet().stream().filter(e -> e.getValue() == number).findFirst().orElseThrow()
                .getKey().toString();
    }

    // ------------------------------------------------------------------------------------------ the service

    /** The packaged service as a child process, its output in a log file. */
    private record Service(Process process, int port, int managementPort, Path log) {

        static Service start(Path root, EmbeddedPostgresServer postgres, Path log) throws IOException {
            int port = KeycloakServer.freePort();
            int managementPort = KeycloakServer.freePort();
            // nobody listens there: the service starts without its OIDC server and is sent no token
            String oidc = "http://127.0.0.1:" + KeycloakServer.freePort() + "/realms/dho";
            ProcessBuilder builder = ServiceProcess.builder(root, postgres.database(), oidc, port, managementPort, List.of(
                    "-D%local.dho.demo-data.enabled=false",
                    "-Ddho.outbox.deliver-every=1s",
                    "-Ddho.outbox.retry-base=1s",
                    "-Ddho.outbox.retry-cap=3s",
                    "-Ddho.outbox.max-attempts=20",
                    // longer than the receiver's hold lasts before the kill: the held call must not time out first
                    "-Ddho.outbox.fhir.timeout=60s",
                    "-Ddho.audit.fallback.directory=" + log.resolveSibling("access-log-fallback")));
            builder.environment().put("DHO_OUTBOX_FHIR_ENABLED", "true");
            builder.redirectErrorStream(true).redirectOutput(log.toFile());
            return new Service(builder.start(), port, managementPort, log);
        }

        void awaitReady() throws InterruptedException {
            if (!ServiceProcess.awaitReady(process, managementPort, START_TIMEOUT)) {
                fail("The service did not get ready on port " + port + " within " + START_TIMEOUT
                        + (process.isAlive() ? "" : " (it stopped with exit code " + process.exitValue() + ")")
                        + logTail());
            }
        }

        /** SIGKILL of the service and its children: no shutdown hook, no transaction committed. */
        void kill() throws InterruptedException {
            ProcessHandle handle = process.toHandle();
            handle.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                fail("The service (pid " + handle.pid() + ") did not die within 60 s of SIGKILL");
            }
        }

        /** Stops the service politely (SIGTERM), forcibly after 30 s. */
        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }

        String logTail() {
            return ServiceProcess.logTail(log);
        }
    }
}

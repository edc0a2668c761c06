package no.mila.dho.outbox.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import no.mila.dho.outbox.domain.Addressee;
import no.mila.dho.outbox.domain.DeliveryState;
import no.mila.dho.testsupport.PatientFixtures;
import org.junit.jupiter.api.Test;

/**
 * The outbox's reliability (issue 14): 1,000 events for 25 patients to one GP over the FHIR transport, delivered by
 * four workers at once (as four replicas) to a receiver that refuses 30 % of calls, answers 10 % slowly and once drops
 * the connection after accepting. The workers are run round by round, each round two hours after the last, so every
 * retry is due in the next round: no sleeps, no timing.
 */
@QuarkusTest
class OutboxReliabilityTest {

    static final int PATIENTS = 25;
    static final int PER_PATIENT = 40;
    static final int REPLICAS = 4;

    @Inject
    DeliveryWorker worker;

    @Inject
    OutboxFixtures fixtures;

    @Test
    void a_thousand_messages_to_a_flaky_receiver_all_arrive_once_each_in_each_patients_order() throws Exception {
        try (FlakyReceiver receiver = new FlakyReceiver(20261202L, 500, 0)) {
            Addressee gp = OutboxFixtures.freshGp();
            fixtures.register(gp, "fhir-http", receiver.endpoint());
            List<UUID> patients = IntStream.range(0, PATIENTS)
                    .mapToObj(i -> UUID.fromString(PatientFixtures.allocatedPatient("3209", "COPD")[0])).toList();
            Map<UUID, UUID> patientOf = new java.util.HashMap<>();
            int number = 0;
            for (int n = 1; n <= PER_PATIENT; n++) {
                for (UUID patient : patients) {
                    number++;
                    UUID id = fixtures.write(patient, gp, "Melding " + number + " til fastlegen, nr. " + n, Map.of());
                    patientOf.put(id, patient);
                }
            }

            int rounds = deliverInRounds(patientOf);

            assertThat(patientOf).allSatisfy((id, patient) ->
                    assertThat(fixtures.state(patient, id)).as("message %s", id).isEqualTo(DeliveryState.DELIVERED));
            // none lost and none twice: exactly the messages written, each accepted once under its id
            assertThat(receiver.accepted).hasSize(PATIENTS * PER_PATIENT);
            assertThat(new HashSet<>(receiver.accepted)).isEqualTo(ids(patientOf.keySet()));
            // the connection dropped after accepting: the retry came under the same id and the receiver ignored it
            assertThat(receiver.dropped.get()).isEqualTo(1);
            assertThat(receiver.duplicates.get()).isEqualTo(1);
            List<Integer> inOrder = IntStream.rangeClosed(1, PER_PATIENT).boxed().toList();
            assertThat(receiver.orderByPatient).hasSize(PATIENTS);
            receiver.orderByPatient.forEach((patient, order) -> assertThat(order).as(patient).isEqualTo(inOrder));
            assertThat(receiver.refused.get()).isGreaterThan(300);
            assertThat(receiver.slow.get()).isGreaterThan(80);
            assertThat(rounds).isLessThan(60);
        }
    }

    /** Rounds of {@link #REPLICAS} concurrent workers until every message left PENDING; the number of rounds. */
    private int deliverInRounds(Map<UUID, UUID> patientOf) throws Exception {
        ExecutorService replicas = Executors.newFixedThreadPool(REPLICAS);
        try {
            Instant t = Instant.now();
            for (int round = 1; round <= 60; round++) {
                Instant at = t.plus(Duration.ofHours(2L * round));
                List<Future<Integer>> runs = new ArrayList<>();
                for (int r = 0; r < REPLICAS; r++) {
                    runs.add(replicas.submit(() -> worker.deliverDue(at)));
                }
                int attempts = 0;
                for (Future<Integer> run : runs) {
                    attempts += run.get();
                }
                if (attempts == 0) {
                    return round;
                }
            }
            return 60;
        } finally {
            replicas.shutdownNow();
        }
    }

    private static Set<String> ids(Set<UUID> ids) {
        Set<String> strings = new HashSet<>();
        ids.forEach(id -> strings.add(id.toString()));
        return strings;
    }
}

package no.mila.dho.outbox.application;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.mila.dho.outbox.domain.Addressee;
import no.mila.dho.outbox.domain.DeliveryResult;
import no.mila.dho.outbox.domain.DeliveryState;
import no.mila.dho.outbox.domain.OutgoingMessage;
import no.mila.dho.outbox.domain.ReceivedMessage;
import no.mila.dho.outbox.domain.Recipient;
import no.mila.dho.outbox.domain.SharingParty;
import no.mila.dho.outbox.persistence.InboxRows;
import no.mila.dho.testsupport.PatientFixtures;
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** The delivery worker, driven directly with the time it runs at: states, order, retries, consent, the register. */
@QuarkusTest
class DeliveryWorkerTest {

    @Inject
    DeliveryWorker worker;

    @Inject
    OutboxFixtures fixtures;

    @Inject
    ScriptedTransport scripted;

    @Inject
    InboxTransport inbox;

    @Inject
    InboxRows inboxRows;

    @Inject
    WithdrawableConsent consent;

    static UUID patient() {
        return UUID.fromString(PatientFixtures.allocatedPatient("3209", "COPD")[0]);
    }

    @Test
    void a_message_reaches_the_inbox_once_and_a_second_delivery_of_it_is_ignored() {
        UUID patient = patient();
        Addressee gp = OutboxFixtures.freshGp();
        Recipient recipient = fixtures.register(gp, InboxTransport.NAME, null);
        UUID id = fixtures.write(patient, gp, "Pasienten er inkludert i digital hjemmeoppfølging.", Map.of());

        worker.deliverDue(Instant.now());

        assertThat(fixtures.state(patient, id)).isEqualTo(DeliveryState.DELIVERED);
        // as after a crash between the inbox's insert and the commit of DELIVERED: the same message again
        OutgoingMessage message = fixtures.message(patient, id);
        QuarkusTransaction.requiringNew().run(() -> inbox.deliver(message, recipient));
        List<ReceivedMessage> received = QuarkusTransaction.requiringNew().call(() -> inboxRows.page(0, 100))
                .stream().filter(r -> r.messageId().equals(id)).toList();
        assertThat(received).singleElement().satisfies(r -> {
            assertThat(r.text()).isEqualTo("Pasienten er inkludert i digital hjemmeoppfølging.");
            assertThat(r.recipientName()).isEqualTo(recipient.name());
        });
        given().auth().oauth2(Tokens.nurse()).get("/api/outbox/inbox?size=100").then().statusCode(200)
                .body("items.find { it.messageId == '" + id + "' }.recipientKey", equalTo(gp.key()));
    }

    @Test
    void a_later_message_waits_until_the_earlier_one_to_the_same_recipient_is_delivered() {
        UUID patient = patient();
        Addressee gp = OutboxFixtures.freshGp();
        fixtures.register(gp, ScriptedTransport.NAME, null);
        UUID first = fixtures.write(patient, gp, "Først", Map.of());
        UUID second = fixtures.write(patient, gp, "Så", Map.of());
        scripted.script(first, DeliveryResult.temporary("503"), DeliveryResult.temporary("503"));
        Instant t = Instant.now();

        worker.deliverDue(t);
        assertThat(fixtures.state(patient, first)).isEqualTo(DeliveryState.PENDING);
        assertThat(fixtures.message(patient, first).attempts()).isEqualTo(1);
        assertThat(fixtures.message(patient, first).lastError()).isEqualTo("503");
        assertThat(scripted.attemptsAt(List.of(first, second))).containsExactly(first);

        worker.deliverDue(t.plus(Duration.ofHours(2)));
        worker.deliverDue(t.plus(Duration.ofHours(4)));
        assertThat(scripted.attemptsAt(List.of(first, second))).containsExactly(first, first, first, second);
        assertThat(fixtures.state(patient, first)).isEqualTo(DeliveryState.DELIVERED);
        assertThat(fixtures.state(patient, second)).isEqualTo(DeliveryState.DELIVERED);
    }

    @Test
    void a_retry_is_not_due_before_its_backoff_has_passed() {
        UUID patient = patient();
        Addressee gp = OutboxFixtures.freshGp();
        fixtures.register(gp, ScriptedTransport.NAME, null);
        UUID id = fixtures.write(patient, gp, "Tekst", Map.of());
        scripted.script(id, DeliveryResult.temporary("timeout"));
        Instant t = Instant.now();

        worker.deliverDue(t);
        // the first retry comes 15-30 s later (retry-base 30 s, jitter up to half)
        worker.deliverDue(t.plusSeconds(14));
        assertThat(scripted.attemptsAt(List.of(id))).hasSize(1);
        worker.deliverDue(t.plusSeconds(30));
        assertThat(scripted.attemptsAt(List.of(id))).hasSize(2);
        assertThat(fixtures.state(patient, id)).isEqualTo(DeliveryState.DELIVERED);
    }

    @Test
    void a_message_that_keeps_failing_is_parked_after_the_last_attempt_and_a_resend_delivers_it() {
        UUID patient = patient();
        Addressee gp = OutboxFixtures.freshGp();
        fixtures.register(gp, ScriptedTransport.NAME, null);
        UUID id = fixtures.write(patient, gp, "Tekst", Map.of());
        DeliveryResult[] tenFailures = new DeliveryResult[10];
        java.util.Arrays.fill(tenFailures, DeliveryResult.temporary("The receiver answered 503"));
        scripted.script(id, tenFailures);
        Instant t = Instant.now();
        for (int hour = 0; hour < 12; hour++) {
            worker.deliverDue(t.plus(Duration.ofHours(2L * hour)));
        }
        OutgoingMessage parked = fixtures.message(patient, id);
        assertThat(parked.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(parked.attempts()).isEqualTo(10);
        assertThat(parked.lastError()).isEqualTo("Gave up after 10 attempts: The receiver answered 503");
        assertThat(scripted.attemptsAt(List.of(id))).hasSize(10);

        given().auth().oauth2(Tokens.nurse()).post("/api/outbox/messages/" + id + "/resend").then().statusCode(200)
                .body("state", equalTo("PENDING")).body("attempts", equalTo(0));
        worker.deliverDue(Instant.now());
        assertThat(fixtures.state(patient, id)).isEqualTo(DeliveryState.DELIVERED);
        assertThat(scripted.attemptsAt(List.of(id))).hasSize(11);
    }

    @Test
    void a_permanent_refusal_parks_the_message_at_once() {
        UUID patient = patient();
        Addressee gp = OutboxFixtures.freshGp();
        fixtures.register(gp, ScriptedTransport.NAME, null);
        UUID id = fixtures.write(patient, gp, "Tekst", Map.of());
        scripted.script(id, DeliveryResult.permanent("The receiver answered 400"));

        worker.deliverDue(Instant.now());

        OutgoingMessage parked = fixtures.message(patient, id);
        assertThat(parked.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(parked.attempts()).isEqualTo(1);
        assertThat(parked.lastError()).isEqualTo("Refused by the receiver: The receiver answered 400");
    }

    @Test
    void a_message_to_an_address_without_an_entry_fails_with_the_reason_and_goes_once_the_register_has_one() {
        UUID patient = patient();
        Addressee gp = OutboxFixtures.freshGp();
        UUID id = fixtures.write(patient, gp, "Tekst", Map.of());

        worker.deliverDue(Instant.now());

        OutgoingMessage failed = fixtures.message(patient, id);
        assertThat(failed.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(failed.attempts()).isZero();
        assertThat(failed.lastError()).isEqualTo("No active entry in the recipient register for GP " + gp.key());
        given().auth().oauth2(Tokens.nurse()).get("/api/outbox/failed?size=100").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.lastError", equalTo(failed.lastError()));

        fixtures.register(gp, InboxTransport.NAME, null);
        given().auth().oauth2(Tokens.nurse()).post("/api/outbox/messages/" + id + "/resend").then().statusCode(200);
        worker.deliverDue(Instant.now());
        assertThat(fixtures.state(patient, id)).isEqualTo(DeliveryState.DELIVERED);
        given().auth().oauth2(Tokens.nurse()).post("/api/outbox/messages/" + id + "/resend").then().statusCode(409);
    }

    @Test
    void a_message_whose_sharing_was_withdrawn_before_delivery_is_withheld_and_never_sent() {
        UUID patient = patient();
        Addressee gp = OutboxFixtures.freshGp();
        fixtures.register(gp, ScriptedTransport.NAME, null);
        UUID id = fixtures.write(patient, gp, "Tekst", Map.of());
        consent.withdraw(patient, SharingParty.GP);

        worker.deliverDue(Instant.now());

        assertThat(fixtures.state(patient, id)).isEqualTo(DeliveryState.WITHHELD);
        assertThat(scripted.attemptsAt(List.of(id))).isEmpty();
    }

    @Test
    void only_nurses_see_the_outbox() {
        given().auth().oauth2(Tokens.coordinator("3209")).get("/api/outbox/failed").then().statusCode(403);
        given().auth().oauth2(Tokens.admin()).get("/api/outbox/inbox").then().statusCode(403);
        given().auth().oauth2(Tokens.physician("9200001")).post("/api/outbox/messages/" + UUID.randomUUID()
                + "/resend").then().statusCode(403);
        given().auth().oauth2(Tokens.nurse()).post("/api/outbox/messages/" + UUID.randomUUID() + "/resend")
                .then().statusCode(404);
    }
}

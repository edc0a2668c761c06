package no.mila.dho.outbox.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import no.mila.dho.outbox.domain.Addressee;
import no.mila.dho.outbox.domain.DeliveryState;
import no.mila.dho.outbox.domain.MessageKind;
import no.mila.dho.outbox.domain.NewMessage;
import no.mila.dho.outbox.domain.OutgoingMessage;
import no.mila.dho.outbox.domain.Recipient;

/** Writing messages and register entries for the outbox's tests, as a domain event and an admin would. */
@ApplicationScoped
public class OutboxFixtures {

    private final Outbox outbox;
    private final RecipientRegister register;

    public OutboxFixtures(Outbox outbox, RecipientRegister register) {
        this.outbox = outbox;
        this.register = register;
    }

    /** A GP address nobody else uses (a fresh HPR number). */
    public static Addressee freshGp() {
        return Addressee.gp(String.valueOf(ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999)));
    }

    public Recipient register(Addressee to, String transport, String endpoint) {
        return register.create(new Recipient(null, to.kind(), to.key(), "Testmottaker " + to.key(), "8100001", null,
                transport, endpoint, true), "test-admin", "Test Admin");
    }

    /** Writes a message in a transaction of its own (as the event's would be); returns its id. */
    public UUID write(UUID patientId, Addressee to, String text, Map<String, Object> payload) {
        NewMessage message = new NewMessage(patientId, MessageKind.INCLUSION, to, "Pasienten er inkludert", text,
                payload);
        return QuarkusTransaction.requiringNew().call(() -> outbox.write(message, "test-event", "Testhendelse"));
    }

    public OutgoingMessage message(UUID patientId, UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.ofPatient(patientId)).stream()
                .filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }

    public DeliveryState state(UUID patientId, UUID id) {
        return message(patientId, id).state();
    }
}

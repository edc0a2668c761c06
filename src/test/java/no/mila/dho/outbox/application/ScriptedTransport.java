package no.mila.dho.outbox.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import no.mila.dho.outbox.domain.DeliveryResult;
import no.mila.dho.outbox.domain.OutgoingMessage;
import no.mila.dho.outbox.domain.Recipient;

/**
 * A transport for tests ({@value #NAME}): answers each message's attempts from a script (then DELIVERED) and
 * records every attempt in order.
 */
@ApplicationScoped
public class ScriptedTransport implements Transport {

    public static final String NAME = "scripted";

    private final Map<UUID, Deque<DeliveryResult>> scripts = new ConcurrentHashMap<>();
    private final List<UUID> attempts = Collections.synchronizedList(new ArrayList<>());

    @Override
    public String name() {
        return NAME;
    }

    /** The next attempts at {@code message} answer these, in order; after them, DELIVERED. */
    public void script(UUID message, DeliveryResult... results) {
        scripts.put(message, new ArrayDeque<>(List.of(results)));
    }

    /** The attempts at these messages, in the order they were made. */
    public List<UUID> attemptsAt(List<UUID> messages) {
        synchronized (attempts) {
            return attempts.stream().filter(messages::contains).toList();
        }
    }

    @Override
    public DeliveryResult deliver(OutgoingMessage message, Recipient recipient) {
        attempts.add(message.id());
        Deque<DeliveryResult> script = scripts.get(message.id());
        DeliveryResult next = script == null ? null : script.poll();
        return next == null ? DeliveryResult.delivered() : next;
    }
}

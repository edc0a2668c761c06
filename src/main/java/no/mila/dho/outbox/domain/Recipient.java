package no.mila.dho.outbox.domain;

import java.util.UUID;

/**
 * An entry of the recipient register: who receives the messages to an address ({@code kind} + {@code key}), their
 * HER-id in Adresseregisteret and organisation number, and the transport (by name) and endpoint that reach them.
 */
public record Recipient(UUID id, RecipientKind kind, String key, String name, String herId,
                        String organisationNumber, String transport, String endpoint, boolean active) {

    public Addressee address() {
        return new Addressee(kind, key);
    }
}

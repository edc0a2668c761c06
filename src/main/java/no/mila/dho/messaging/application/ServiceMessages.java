package no.mila.dho.messaging.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import no.mila.dho.messaging.persistence.MessageRows;

/** For other features: whether a message is one the follow-up service wrote in a patient's threads. */
@ApplicationScoped
public class ServiceMessages {

    private final MessageRows rows;

    public ServiceMessages(MessageRows rows) {
        this.rows = rows;
    }

    /** Whether {@code messageId} is a nurse's message (not the automatic reply) in one of the patient's threads. */
    public boolean isServiceMessageOf(UUID patientId, UUID messageId) {
        return rows.isServiceMessageOf(patientId, messageId);
    }
}

package no.mila.dho.outbox.application;

import java.util.UUID;
import no.mila.dho.outbox.domain.SharingParty;

/**
 * Whether the patient's consent allows sharing their data with a party now: a port of the outbox that the patient
 * feature implements. Asked before a message is written and again before it is delivered, so that a withdrawal
 * stops outgoing messages from that moment.
 */
public interface SharingConsent {

    boolean allows(UUID patientId, SharingParty party);
}

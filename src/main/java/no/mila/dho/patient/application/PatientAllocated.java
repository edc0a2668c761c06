package no.mila.dho.patient.application;

import java.util.UUID;

/**
 * Fired (synchronously, in the allocation's transaction) when a patient is allocated to a pathway: the
 * thresholds of that pathway are copied onto the patient.
 */
public record PatientAllocated(UUID patientId, UUID episodeId, String pathway, String actorSubject) {
}

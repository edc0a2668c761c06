package no.mila.dho.patient.application;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Fired (synchronously, in the allocation's transaction) when a patient is allocated to a pathway from
 * {@code startDate}: the thresholds of that pathway are copied onto the patient, and the GP is told (collaboration).
 */
public record PatientAllocated(UUID patientId, UUID episodeId, String pathway, LocalDate startDate,
                               String actorSubject) {
}

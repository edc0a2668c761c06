package no.mila.dho.patient.application;

import java.time.LocalDate;
import java.util.UUID;
import no.mila.dho.patient.domain.EndReason;

/**
 * Fired (synchronously, in the transaction that moves the episode to ENDED) when a pathway episode ends: at once on
 * the decision, or on its planned date by {@link EpisodeEndingJob} ({@code bySubject} {@code system}).
 * {@code referralDepartment} is the department that referred the patient, if one did.
 */
public record EpisodeEnded(UUID patientId, UUID episodeId, String pathway, EndReason reason, String reasonText,
                           LocalDate endedOn, boolean wasAllocated, String referralDepartment, String bySubject,
                           String byName) {
}

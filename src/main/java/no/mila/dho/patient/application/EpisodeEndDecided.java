package no.mila.dho.patient.application;

import java.time.LocalDate;
import java.util.UUID;
import no.mila.dho.patient.domain.EndReason;

/**
 * Fired (synchronously, in the decision's transaction) when ending a pathway episode is decided with notice: it
 * ends on {@code plannedEndDate} ({@link EpisodeEnded} follows then). An end that takes effect at once fires only
 * {@link EpisodeEnded}.
 */
public record EpisodeEndDecided(UUID patientId, UUID episodeId, String pathway, EndReason reason, String reasonText,
                                LocalDate plannedEndDate, String referralDepartment, String bySubject,
                                String byName) {
}

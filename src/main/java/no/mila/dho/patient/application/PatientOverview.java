package no.mila.dho.patient.application;

import java.time.LocalDate;
import java.util.UUID;
import no.mila.dho.patient.domain.EpisodeState;
import no.mila.dho.patient.persistence.EpisodeEntity;
import no.mila.dho.patient.persistence.PatientEntity;

/** A patient's registration and where they are in their pathway (no clinical content). */
public record PatientOverview(PatientRecord patient, CurrentEpisode currentEpisode) {

    /** The open (or last) pathway episode in brief; {@code null} in the overview of a patient never referred. */
    public record CurrentEpisode(UUID id, String pathway, EpisodeState state, LocalDate startDate,
                                 LocalDate plannedEndDate) {
    }

    static PatientOverview of(PatientEntity p) {
        CurrentEpisode episode = EpisodeEntity.latestOf(p.id)
                .map(e -> new CurrentEpisode(e.id, e.pathway, e.state, e.startDate, e.plannedEndDate)).orElse(null);
        return new PatientOverview(PatientRecord.of(p), episode);
    }
}

package no.mila.dho.patient.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.mila.dho.patient.application.PatientDetails;
import no.mila.dho.patient.domain.EpisodeState;
import no.mila.dho.patient.persistence.EpisodeEntity;
import no.mila.dho.patient.persistence.PatientEntity;

/** A patient's registration and where they are in their pathway (no clinical content). */
public record PatientView(UUID id, String nationalId, LocalDate birthDate, String givenName, String familyName,
                          String municipality, String phone, PatientRequest.Clinician gp,
                          PatientRequest.ResponsiblePhysician responsiblePhysician, PatientRequest.StaffRef coordinator,
                          boolean loginLinked, CurrentEpisode currentEpisode, long version, Instant createdAt,
                          Instant updatedAt) {

    /** The open (or last) pathway episode in brief. */
    public record CurrentEpisode(UUID id, String pathway, EpisodeState state, LocalDate startDate,
                                 LocalDate plannedEndDate) {
    }

    static PatientView of(PatientEntity p) {
        CurrentEpisode episode = EpisodeEntity.ofPatient(p.id).stream().findFirst()
                .map(e -> new CurrentEpisode(e.id, e.pathway, e.state, e.startDate, e.plannedEndDate)).orElse(null);
        PatientRequest registration = PatientRequest.of(PatientDetails.of(p), p.version);
        return new PatientView(p.id, p.nationalId, p.birthDate, p.givenName, p.familyName, p.municipality, p.phone,
                registration.gp(), registration.responsiblePhysician(), registration.coordinator(),
                p.loginSubject != null, episode, p.version, p.createdAt, p.updatedAt);
    }
}

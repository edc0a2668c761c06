package no.mila.dho.patient.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.mila.dho.patient.application.PatientDetails;
import no.mila.dho.patient.application.PatientOverview;
import no.mila.dho.patient.application.PatientRecord;
import no.mila.dho.patient.domain.EpisodeState;

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

    static PatientView of(PatientOverview overview) {
        PatientRecord p = overview.patient();
        PatientDetails d = p.details();
        PatientOverview.CurrentEpisode e = overview.currentEpisode();
        CurrentEpisode episode = e == null ? null
                : new CurrentEpisode(e.id(), e.pathway(), e.state(), e.startDate(), e.plannedEndDate());
        PatientRequest registration = PatientRequest.of(d, p.version());
        return new PatientView(p.id(), d.nationalId(), d.birthDate(), d.givenName(), d.familyName(), d.municipality(),
                d.phone(), registration.gp(), registration.responsiblePhysician(), registration.coordinator(),
                p.loginLinked(), episode, p.version(), p.createdAt(), p.updatedAt());
    }
}

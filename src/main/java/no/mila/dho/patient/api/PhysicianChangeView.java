package no.mila.dho.patient.api;

import java.time.Instant;
import no.mila.dho.patient.persistence.PhysicianChangeEntity;

/** One change of a patient's GP or responsible physician: when, by whom, from what to what. */
public record PhysicianChangeView(Instant at, ChangedBy changedBy, Physicians from, Physicians to) {

    /** Who made the change, in which role. */
    public record ChangedBy(String subject, String name, String role) {
    }

    /** The GP and responsible physician before or after the change. */
    public record Physicians(PatientRequest.Clinician gp, PatientRequest.ResponsiblePhysician responsiblePhysician) {
    }

    static PhysicianChangeView of(PhysicianChangeEntity c) {
        return new PhysicianChangeView(c.at, new ChangedBy(c.actorSubject, c.actorName, c.actorRole),
                new Physicians(new PatientRequest.Clinician(c.oldGpName, c.oldGpHpr),
                        new PatientRequest.ResponsiblePhysician(c.oldResponsibleName, c.oldResponsibleHpr,
                                c.oldResponsibleDepartment)),
                new Physicians(new PatientRequest.Clinician(c.newGpName, c.newGpHpr),
                        new PatientRequest.ResponsiblePhysician(c.newResponsibleName, c.newResponsibleHpr,
                                c.newResponsibleDepartment)));
    }
}

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

        static Physicians of(String gpName, String gpHpr, String responsibleName, String responsibleHpr,
                             String responsibleDepartment) {
            return new Physicians(new PatientRequest.Clinician(gpName, gpHpr),
                    new PatientRequest.ResponsiblePhysician(responsibleName, responsibleHpr, responsibleDepartment));
        }
    }

    static PhysicianChangeView of(PhysicianChangeEntity c) {
        return new PhysicianChangeView(c.at, new ChangedBy(c.actorSubject, c.actorName, c.actorRole),
                Physicians.of(c.oldGpName, c.oldGpHpr, c.oldResponsibleName, c.oldResponsibleHpr,
                        c.oldResponsibleDepartment),
                Physicians.of(c.newGpName, c.newGpHpr, c.newResponsibleName, c.newResponsibleHpr,
                        c.newResponsibleDepartment));
    }
}

package no.mila.dho.patient.api;

import java.time.Instant;
import no.mila.dho.patient.application.PhysicianAssignment;
import no.mila.dho.patient.application.PhysicianChange;

/** One change of a patient's GP or responsible physician: when, by whom, from what to what. */
public record PhysicianChangeView(Instant at, ChangedBy changedBy, Physicians from, Physicians to) {

    /** Who made the change, in which role. */
    public record ChangedBy(String subject, String name, String role) {
    }

    /** The GP and responsible physician before or after the change. */
    public record Physicians(PatientRequest.Clinician gp, PatientRequest.ResponsiblePhysician responsiblePhysician) {

        static Physicians of(PhysicianAssignment a) {
            return new Physicians(new PatientRequest.Clinician(a.gpName(), a.gpHpr()),
                    new PatientRequest.ResponsiblePhysician(a.responsibleName(), a.responsibleHpr(),
                            a.responsibleDepartment()));
        }
    }

    static PhysicianChangeView of(PhysicianChange c) {
        return new PhysicianChangeView(c.at(), new ChangedBy(c.actorSubject(), c.actorName(), c.actorRole()),
                Physicians.of(c.before()), Physicians.of(c.after()));
    }
}

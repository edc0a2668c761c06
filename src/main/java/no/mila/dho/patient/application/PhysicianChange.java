package no.mila.dho.patient.application;

import java.time.Instant;
import no.mila.dho.patient.persistence.PhysicianChangeEntity;

/** One change of a patient's GP or responsible physician: when, by whom in which role, from what to what. */
public record PhysicianChange(Instant at, String actorSubject, String actorName, String actorRole,
                              PhysicianAssignment before, PhysicianAssignment after) {

    static PhysicianChange of(PhysicianChangeEntity c) {
        return new PhysicianChange(c.at, c.actorSubject, c.actorName, c.actorRole,
                new PhysicianAssignment(c.oldGpName, c.oldGpHpr, c.oldResponsibleName, c.oldResponsibleHpr,
                        c.oldResponsibleDepartment),
                new PhysicianAssignment(c.newGpName, c.newGpHpr, c.newResponsibleName, c.newResponsibleHpr,
                        c.newResponsibleDepartment));
    }
}

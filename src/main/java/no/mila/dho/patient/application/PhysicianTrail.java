package no.mila.dho.patient.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import no.mila.dho.patient.persistence.PatientEntity;
import no.mila.dho.patient.persistence.PhysicianChangeEntity;
import no.mila.dho.shared.security.CurrentUser;

/** The append-only trail of who set or changed a patient's GP and responsible physician, from what to what. */
@ApplicationScoped
public class PhysicianTrail {

    private final PatientAccess access;
    private final CurrentUser user;
    private final Clock clock;

    public PhysicianTrail(PatientAccess access, CurrentUser user, Clock clock) {
        this.access = access;
        this.user = user;
        this.clock = clock;
    }

    /** Records a change when the patient's physicians now differ from {@code before}; call after persisting. */
    void recordIfChanged(PatientEntity patient, PhysicianAssignment before) {
        PhysicianAssignment after = PhysicianAssignment.of(patient);
        if (after.equals(before)) {
            return;
        }
        PhysicianChangeEntity change = new PhysicianChangeEntity();
        change.patientId = patient.id;
        change.at = clock.instant();
        change.actorSubject = user.subject();
        change.actorName = user.displayName();
        change.actorRole = user.primaryRole();
        change.oldGpName = before.gpName();
        change.oldGpHpr = before.gpHpr();
        change.newGpName = after.gpName();
        change.newGpHpr = after.gpHpr();
        change.oldResponsibleName = before.responsibleName();
        change.oldResponsibleHpr = before.responsibleHpr();
        change.oldResponsibleDepartment = before.responsibleDepartment();
        change.newResponsibleName = after.responsibleName();
        change.newResponsibleHpr = after.responsibleHpr();
        change.newResponsibleDepartment = after.responsibleDepartment();
        change.persist();
    }

    /** The patient's changes, newest first, for those who may see the patient's registration. */
    public List<PhysicianChange> history(UUID patientId) {
        access.require(patientId);
        return PhysicianChangeEntity.ofPatient(patientId).stream().map(PhysicianChange::of).toList();
    }
}

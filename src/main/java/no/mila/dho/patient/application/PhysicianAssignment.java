package no.mila.dho.patient.application;

import no.mila.dho.patient.persistence.PatientEntity;

/**
 * Who a patient's GP (fastlege) and responsible physician are. Their HPR numbers decide which physicians see
 * the patient, so every change of them is recorded ({@link PhysicianTrail}).
 */
public record PhysicianAssignment(String gpName, String gpHpr, String responsibleName, String responsibleHpr,
                                  String responsibleDepartment) {

    public static PhysicianAssignment of(PatientEntity patient) {
        return new PhysicianAssignment(patient.gpName, patient.gpHpr, patient.responsiblePhysicianName,
                patient.responsiblePhysicianHpr, patient.responsibleDepartment);
    }
}

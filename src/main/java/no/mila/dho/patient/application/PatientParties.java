package no.mila.dho.patient.application;

import java.util.UUID;
import no.mila.dho.patient.persistence.DepartmentEntity;
import no.mila.dho.patient.persistence.PatientEntity;

/**
 * Who takes part in a patient's care, as outgoing messages address them: the patient as a recipient identifies
 * them (national identity number and name; {@code phone} for the coordinator's visit), the home municipality
 * (kommunenummer), the GP and the responsible physician by HPR number, the responsible department and its
 * hospital by code (null where not registered).
 */
public record PatientParties(UUID patientId, String nationalId, String name, String phone, String municipality,
                             String gpHpr, String gpName, String responsiblePhysicianHpr,
                             String responsiblePhysicianName, String responsibleDepartment,
                             String responsibleHospital) {

    static PatientParties of(PatientEntity p) {
        DepartmentEntity department = p.responsibleDepartment == null ? null
                : DepartmentEntity.findById(p.responsibleDepartment);
        return new PatientParties(p.id, p.nationalId, PatientBrief.nameOf(p), p.phone, p.municipality, p.gpHpr,
                p.gpName, p.responsiblePhysicianHpr, p.responsiblePhysicianName, p.responsibleDepartment,
                department == null ? null : department.hospital);
    }
}

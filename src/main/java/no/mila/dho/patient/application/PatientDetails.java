package no.mila.dho.patient.application;

import java.time.LocalDate;
import no.mila.dho.patient.persistence.PatientEntity;

/** What a caller may set on a patient's registration (never ids, audit fields or the login link). */
public record PatientDetails(String nationalId, LocalDate birthDate, String givenName, String familyName,
                             String municipality, String phone, String gpName, String gpHpr,
                             String responsiblePhysicianName, String responsiblePhysicianHpr,
                             String responsibleDepartment, String coordinatorSubject, String coordinatorName) {

    /** The registration as it is stored. */
    public static PatientDetails of(PatientEntity p) {
        return new PatientDetails(p.nationalId, p.birthDate, p.givenName, p.familyName, p.municipality, p.phone,
                p.gpName, p.gpHpr, p.responsiblePhysicianName, p.responsiblePhysicianHpr, p.responsibleDepartment,
                p.coordinatorSubject, p.coordinatorName);
    }
}

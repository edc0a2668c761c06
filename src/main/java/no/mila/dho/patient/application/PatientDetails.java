package no.mila.dho.patient.application;

import java.time.LocalDate;

/** What a caller may set on a patient's registration (never ids, audit fields or the login link). */
public record PatientDetails(String nationalId, LocalDate birthDate, String givenName, String familyName,
                             String municipality, String phone, String gpName, String gpHpr,
                             String responsiblePhysicianName, String responsiblePhysicianHpr,
                             String responsibleDepartment, String coordinatorSubject, String coordinatorName) {
}

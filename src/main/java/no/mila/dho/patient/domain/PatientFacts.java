package no.mila.dho.patient.domain;

/** The facts about a patient that decide who may see them. */
public record PatientFacts(String municipality, String gpHpr, String responsiblePhysicianHpr, String loginSubject) {
}

package no.mila.dho.patient.domain;

import java.util.Objects;

/**
 * Access by need (tjenstlig behov): nurses of the follow-up service see every patient; a physician the
 * patients they are GP or responsible physician for (by HPR number); a coordinator the patients of their own
 * municipality, registration only; a patient only themselves; an admin no patient data; a hospital's machine client
 * (FHIR) the patients whose written consent covers sharing and whom that hospital follows or referred
 * ({@link HospitalSharing}).
 */
public final class AccessPolicy {

    public static final String PATIENT = "patient";
    public static final String NURSE = "nurse";
    public static final String COORDINATOR = "coordinator";
    public static final String PHYSICIAN = "physician";
    public static final String FHIR_CLIENT = "fhir-client";

    private AccessPolicy() {
    }

    /** The widest visibility any of the actor's roles gives on this patient. */
    public static Visibility visibility(Actor actor, PatientFacts patient) {
        return visibility(actor, patient, HospitalSharing.NONE);
    }

    /** The same, with what the patient shares with hospitals (needed only for a hospital's machine client). */
    public static Visibility visibility(Actor actor, PatientFacts patient, HospitalSharing sharing) {
        if (actor.has(NURSE) || (actor.has(PHYSICIAN) && isResponsiblePhysician(actor, patient))) {
            return Visibility.CLINICAL;
        }
        if (actor.has(COORDINATOR) && actor.municipality().filter(m -> m.equals(patient.municipality())).isPresent()) {
            return Visibility.REGISTRATION;
        }
        if (actor.has(PATIENT) && Objects.equals(actor.subject(), patient.loginSubject())) {
            return Visibility.OWN;
        }
        if (actor.has(FHIR_CLIENT) && actor.hospital().filter(sharing::sharedWith).isPresent()) {
            return Visibility.SHARED;
        }
        return Visibility.NONE;
    }

    /** Whether the actor is a hospital's machine client, whose access depends on {@link HospitalSharing}. */
    public static boolean isHospitalClient(Actor actor) {
        return actor.has(FHIR_CLIENT) && actor.hospital().isPresent();
    }

    public static boolean isResponsiblePhysician(Actor actor, PatientFacts patient) {
        return actor.hpr().filter(h -> h.equals(patient.gpHpr()) || h.equals(patient.responsiblePhysicianHpr()))
                .isPresent();
    }
}

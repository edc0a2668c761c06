package no.mila.dho.patient.domain;

import java.util.Objects;

/**
 * Access by need (tjenstlig behov): nurses of the follow-up service see every patient; a physician the
 * patients they are GP or responsible physician for (by HPR number); a coordinator the patients of their own
 * municipality, registration only; a patient only themselves; an admin no patient data.
 */
public final class AccessPolicy {

    public static final String PATIENT = "patient";
    public static final String NURSE = "nurse";
    public static final String COORDINATOR = "coordinator";
    public static final String PHYSICIAN = "physician";

    private AccessPolicy() {
    }

    /** The widest visibility any of the actor's roles gives on this patient. */
    public static Visibility visibility(Actor actor, PatientFacts patient) {
        if (actor.has(NURSE) || (actor.has(PHYSICIAN) && isResponsiblePhysician(actor, patient))) {
            return Visibility.CLINICAL;
        }
        if (actor.has(COORDINATOR) && actor.municipality().filter(m -> m.equals(patient.municipality())).isPresent()) {
            return Visibility.REGISTRATION;
        }
        if (actor.has(PATIENT) && Objects.equals(actor.subject(), patient.loginSubject())) {
            return Visibility.OWN;
        }
        return Visibility.NONE;
    }

    public static boolean isResponsiblePhysician(Actor actor, PatientFacts patient) {
        return actor.hpr().filter(h -> h.equals(patient.gpHpr()) || h.equals(patient.responsiblePhysicianHpr()))
                .isPresent();
    }
}

package no.mila.dho.patient.domain;

import java.util.Objects;

/**
 * Access by need (tjenstlig behov): nurses of the follow-up service see every patient; a physician the
 * patients they are GP or responsible physician for (by HPR number); a coordinator the patients of their own
 * municipality, registration only; a patient only themselves; an admin no patient data; a hospital's machine client
 * (FHIR) the patients whose consent allows sharing with the hospital and whom that hospital follows or referred
 * ({@link HospitalSharing}); a hospital specialist (physician with a department) also the patients on their
 * department's weekly meeting list until its outcome is recorded ({@link MeetingListing}), a time-bound access the
 * access log records with its reason.
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
        return visibility(actor, patient, sharing, MeetingListing.NONE);
    }

    /**
     * The same, with the meeting lists the patient is on (needed only for a specialist, {@link Actor#isSpecialist}).
     */
    public static Visibility visibility(Actor actor, PatientFacts patient, HospitalSharing sharing,
                                        MeetingListing listing) {
        if (actor.has(NURSE) || (actor.has(PHYSICIAN) && isResponsiblePhysician(actor, patient))
                || seesThroughMeeting(actor, listing)) {
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

    /**
     * Whether the actor sees the patient only because the patient is on their department's meeting list (then the
     * access is logged with {@link MeetingListing#reason}): a specialist who is not the patient's GP or responsible
     * physician, and not a nurse.
     */
    public static boolean onlyThroughMeeting(Actor actor, PatientFacts patient, MeetingListing listing) {
        return seesThroughMeeting(actor, listing) && !actor.has(NURSE) && !isResponsiblePhysician(actor, patient);
    }

    private static boolean seesThroughMeeting(Actor actor, MeetingListing listing) {
        return actor.isSpecialist() && actor.department().filter(listing::lists).isPresent();
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

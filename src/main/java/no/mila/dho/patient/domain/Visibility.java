package no.mila.dho.patient.domain;

/** How much of a patient's data a caller may see. */
public enum Visibility {
    /** Not at all: the patient does not exist as far as the caller is concerned (404). */
    NONE,
    /** Registration, pathway state and equipment, no clinical content (the municipality's coordinator). */
    REGISTRATION,
    /** Everything the follow-up service holds (nurses; the patient's GP or responsible physician). */
    CLINICAL,
    /** The patient's own data, through /api/me. */
    OWN,
    /**
     * Shared with a hospital under the patient's written consent (a hospital's machine client over FHIR): clinical
     * content, read only.
     */
    SHARED;

    public boolean seesFullNationalId() {
        return this != NONE;
    }

    public boolean seesClinical() {
        return this == CLINICAL || this == OWN || this == SHARED;
    }
}

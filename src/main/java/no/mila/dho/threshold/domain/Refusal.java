package no.mila.dho.threshold.domain;

/** Why a step of a threshold change is refused. */
public record Refusal(Kind kind, String message) {

    public enum Kind {
        /** The caller's role may never take this step (patient, coordinator, admin; a nurse ordering). */
        ROLE,
        /** A physician who is neither the patient's GP nor their responsible physician. */
        NOT_THE_PATIENTS_PHYSICIAN,
        /** The verifier entered the values or ordered them: a second person must verify. */
        FOUR_EYES,
        /** The request is not in a status this step follows. */
        STATUS,
        /** The patient's pathway episode does not take threshold changes (ended, or not yet allocated). */
        EPISODE
    }
}

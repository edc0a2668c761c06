package no.mila.dho.messaging.domain;

/** Who wrote a message: the patient, a nurse of the follow-up service, or the service's automatic reply. */
public enum Author {
    PATIENT, SERVICE, AUTOMATIC;

    /** Whether the message comes from the follow-up service (a nurse or the automatic reply). */
    public boolean isService() {
        return this != PATIENT;
    }
}

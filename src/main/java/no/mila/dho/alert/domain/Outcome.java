package no.mila.dho.alert.domain;

/** How an alert or a task of the worklist was closed. */
public enum Outcome {
    ACKNOWLEDGED_WITHOUT_CONTACT, PATIENT_CONTACTED, ADVISED_FROM_PLAN, GP_CONTACTED, SPECIALIST_CONTACTED,
    BROUGHT_TO_SPECIALIST_MEETING, OTHER
}

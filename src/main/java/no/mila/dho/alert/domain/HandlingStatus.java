package no.mila.dho.alert.domain;

/** Where an alert (or a task of the worklist, handled the same way) stands: open, claimed by a nurse, closed. */
public enum HandlingStatus {
    OPEN, CLAIMED, CLOSED
}

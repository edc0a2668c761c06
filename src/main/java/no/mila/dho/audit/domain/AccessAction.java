package no.mila.dho.audit.domain;

/** What a logged request did with a patient's data. */
public enum AccessAction {
    READ, CREATE, UPDATE, SEARCH
}

package no.mila.dho.outbox.domain;

/**
 * The parties the patient's written consent covers sharing with (seed: "sharing between hospital, municipality and
 * GP"): each can be withdrawn on its own.
 */
public enum SharingParty {
    HOSPITAL, MUNICIPALITY, GP
}

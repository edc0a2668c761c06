package no.mila.dho.plan.domain;

/** Who gets a copy of an approved plan. */
public enum Recipient {
    GP, FOLLOW_UP_SERVICE, HOME_NURSING
}

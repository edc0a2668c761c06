package no.mila.dho.plan.domain;

/** A plan version: a draft being worked on, the one active plan, an earlier active one, or a dropped draft. */
public enum PlanStatus {
    DRAFT, ACTIVE, SUPERSEDED, DISCARDED
}

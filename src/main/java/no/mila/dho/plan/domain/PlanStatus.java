package no.mila.dho.plan.domain;

import java.util.Arrays;

/** A plan version: a draft being worked on, the one active plan, an earlier active one, or a dropped draft. */
public enum PlanStatus {
    DRAFT, ACTIVE, SUPERSEDED, DISCARDED;

    /** Approved by the patient's physician: the active plan or an earlier active one (never changes again). */
    public boolean isApproved() {
        return this == ACTIVE || this == SUPERSEDED;
    }

    /** The names of the approved statuses, for native SQL ({@code status = ANY(?)}): the rule stays here. */
    public static String[] approvedNames() {
        return Arrays.stream(values()).filter(PlanStatus::isApproved).map(Enum::name).toArray(String[]::new);
    }
}

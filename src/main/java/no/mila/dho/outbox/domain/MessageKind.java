package no.mila.dho.outbox.domain;

/** The domain events that send a message out of the service (seed 003, service description 2.2-2.3). */
public enum MessageKind {
    /** The patient is included: the GP learns of the service, the thresholds, the measurements and the phone number. */
    INCLUSION,
    /** Day 14: the goal-conversation summary with the 14 days of measurements, for the dialogue on thresholds. */
    DAY_14_SUMMARY,
    /** A self-management plan version was approved: a copy to the GP (and home nursing where relevant). */
    PLAN_APPROVED,
    /** The weekly specialist meeting recorded an outcome for the patient. */
    MEETING_OUTCOME,
    /** Ending the pathway was decided (with notice). */
    END_DECIDED,
    /** The pathway ended. */
    ENDED,
    /** A hospital or self-referral for the home municipality's coordinator to assess. */
    REFERRAL_TO_ASSESS
}

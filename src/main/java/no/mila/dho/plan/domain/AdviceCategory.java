package no.mila.dho.plan.domain;

/** What an advice item of the plan is about. Medication items are ordered by a physician only. */
public enum AdviceCategory {
    ACTIVITY, MEDICATION, NUTRITION, SMOKING_CESSATION, BREATHING_TECHNIQUE, MUCUS_CLEARING, WHEN_TO_CALL
}

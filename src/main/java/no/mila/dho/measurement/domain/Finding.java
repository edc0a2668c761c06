package no.mila.dho.measurement.domain;

import java.math.BigDecimal;

/**
 * The verdict on one part of a report: a measured value, the weight trend, or a symptom answer, with its zone
 * and, when not green, the reason in Norwegian (for the patient) and English.
 */
public record Finding(Kind kind, String subject, BigDecimal value, Zone zone, String reasonNb, String reasonEn) {

    /**
     * What was judged: a value, the weight trend, a symptom answer; or a value that could not be judged because
     * its type has no red limit in the patient's thresholds (never green: see {@link Evaluator}).
     */
    public enum Kind { MEASUREMENT, WEIGHT_TREND, SYMPTOM, NOT_EVALUABLE }
}

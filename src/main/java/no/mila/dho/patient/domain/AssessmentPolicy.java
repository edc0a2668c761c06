package no.mila.dho.patient.domain;

import java.util.List;
import java.util.Map;

/**
 * The inclusion rule of the assessment (kartlegging): every criterion must be answered; every general
 * criterion must hold; at least one of the pathway's disease-specific criteria must hold.
 */
public final class AssessmentPolicy {

    private AssessmentPolicy() {
    }

    /** What an assessment says about allocation. */
    public record Outcome(List<String> unanswered, List<InclusionCriterion> failedGeneral,
                          boolean diseaseSpecificMet, List<String> unknown) {

        public boolean complete() {
            return unanswered.isEmpty() && unknown.isEmpty();
        }

        public boolean allowsAllocation() {
            return complete() && failedGeneral.isEmpty() && diseaseSpecificMet;
        }
    }

    public static Outcome evaluate(List<InclusionCriterion> criteria, Map<String, Boolean> answers) {
        List<String> unanswered = criteria.stream().map(InclusionCriterion::code)
                .filter(code -> answers.get(code) == null).toList();
        List<String> unknown = answers.keySet().stream()
                .filter(code -> criteria.stream().noneMatch(c -> c.code().equals(code))).sorted().toList();
        List<InclusionCriterion> failedGeneral = criteria.stream()
                .filter(c -> c.general() && Boolean.FALSE.equals(answers.get(c.code()))).toList();
        boolean specificMet = criteria.stream()
                .anyMatch(c -> !c.general() && Boolean.TRUE.equals(answers.get(c.code())));
        return new Outcome(unanswered, failedGeneral, specificMet, unknown);
    }
}

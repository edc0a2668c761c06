package no.mila.dho.patient.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AssessmentPolicyTest {

    private static final List<InclusionCriterion> COPD = List.of(
            new InclusionCriterion("BANKID", true, "Has BankID"),
            new InclusionCriterion("LIVES_AT_HOME", true, "Lives at home"),
            new InclusionCriterion("COPD_GROUP_E", false, "COPD risk group E"),
            new InclusionCriterion("COPD_GROUP_B_ANXIETY", false, "COPD group B with anxiety"));

    private static Map<String, Boolean> answers(boolean bankId, boolean home, boolean groupE, boolean groupB) {
        Map<String, Boolean> a = new HashMap<>();
        a.put("BANKID", bankId);
        a.put("LIVES_AT_HOME", home);
        a.put("COPD_GROUP_E", groupE);
        a.put("COPD_GROUP_B_ANXIETY", groupB);
        return a;
    }

    @Test
    void all_general_and_one_specific_criterion_allow_allocation() {
        assertThat(AssessmentPolicy.evaluate(COPD, answers(true, true, true, false)).allowsAllocation()).isTrue();
        assertThat(AssessmentPolicy.evaluate(COPD, answers(true, true, false, true)).allowsAllocation()).isTrue();
    }

    @Test
    void a_failed_general_criterion_is_named() {
        AssessmentPolicy.Outcome outcome = AssessmentPolicy.evaluate(COPD, answers(false, true, true, true));
        assertThat(outcome.allowsAllocation()).isFalse();
        assertThat(outcome.failedGeneral()).extracting(InclusionCriterion::code).containsExactly("BANKID");
    }

    @Test
    void no_disease_specific_criterion_refuses_allocation() {
        AssessmentPolicy.Outcome outcome = AssessmentPolicy.evaluate(COPD, answers(true, true, false, false));
        assertThat(outcome.diseaseSpecificMet()).isFalse();
        assertThat(outcome.allowsAllocation()).isFalse();
    }

    @Test
    void every_criterion_must_be_answered_and_unknown_ones_are_named() {
        Map<String, Boolean> partial = answers(true, true, true, false);
        partial.remove("LIVES_AT_HOME");
        partial.put("HF_NYHA_2_4", true);
        AssessmentPolicy.Outcome outcome = AssessmentPolicy.evaluate(COPD, partial);
        assertThat(outcome.complete()).isFalse();
        assertThat(outcome.unanswered()).containsExactly("LIVES_AT_HOME");
        assertThat(outcome.unknown()).containsExactly("HF_NYHA_2_4");
        assertThat(outcome.allowsAllocation()).isFalse();
    }
}

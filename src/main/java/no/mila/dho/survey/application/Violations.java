package no.mila.dho.survey.application;

import java.util.List;
import no.mila.dho.shared.problem.FieldViolation;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;
import no.mila.dho.survey.domain.AnswerCheck;

/** The survey rules' violations as the 400 problem naming each field. */
final class Violations {

    private Violations() {
    }

    static void refuseAny(List<AnswerCheck.Violation> violations) {
        if (!violations.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "The request has invalid fields",
                    violations.stream().map(v -> new FieldViolation(v.field(), v.message())).toList());
        }
    }
}

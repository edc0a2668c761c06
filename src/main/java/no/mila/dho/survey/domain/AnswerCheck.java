package no.mila.dho.survey.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Whether a patient's answers fit the questionnaire, and the answers to store. Every question is optional (as in the
 * 2024 survey, where the questions had between 97 and 180 answers of 180), but a response answers at least one. A
 * question is answered at most once; a single choice takes exactly one of its own options and no text; a free text
 * takes no option and at most {@link FreeText#MAX_LENGTH} characters after {@link FreeText#clean cleaning} (a text
 * that is empty after cleaning is no answer). Each violation names the field by its JSON path.
 */
public final class AnswerCheck {

    /** An invalid field of the answers. */
    public record Violation(String field, String message) {
    }

    /** The answers to store, or why none is. */
    public record Result(List<Answer> answers, List<Violation> violations) {

        public boolean valid() {
            return violations.isEmpty();
        }
    }

    private AnswerCheck() {
    }

    public static Result check(Questionnaire questionnaire, List<GivenAnswer> given) {
        if (given == null || given.isEmpty()) {
            return refused(new Violation("answers", "answer at least one question"));
        }
        List<Answer> answers = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        Set<UUID> answered = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String field = "answers[" + i + "]";
            GivenAnswer answer = given.get(i);
            if (answer == null || answer.questionId() == null) {
                violations.add(new Violation(field + ".questionId", "must name a question"));
                continue;
            }
            Optional<Questionnaire.Question> question = questionnaire.question(answer.questionId());
            if (question.isEmpty()) {
                violations.add(new Violation(field + ".questionId", "is not a question of this survey"));
            } else if (!answered.add(answer.questionId())) {
                violations.add(new Violation(field + ".questionId", "is answered more than once"));
            } else {
                check(question.get(), answer, field, violations).ifPresent(answers::add);
            }
        }
        if (violations.isEmpty() && answers.isEmpty()) {
            violations.add(new Violation("answers", "answer at least one question"));
        }
        return violations.isEmpty() ? new Result(List.copyOf(answers), List.of()) : new Result(List.of(), violations);
    }

    private static Optional<Answer> check(Questionnaire.Question question, GivenAnswer answer, String field,
                                          List<Violation> violations) {
        List<UUID> options = answer.optionIds() == null ? List.of() : answer.optionIds();
        return switch (question.kind()) {
            case SINGLE_CHOICE -> choice(question, options, answer.text(), field, violations);
            case FREE_TEXT -> text(question, options, answer.text(), field, violations);
        };
    }

    private static Optional<Answer> choice(Questionnaire.Question question, List<UUID> options, String text,
                                           String field, List<Violation> violations) {
        if (text != null) {
            violations.add(new Violation(field + ".text", "a single-choice question takes an option, not a text"));
        } else if (options.size() != 1) {
            violations.add(new Violation(field + ".optionIds", options.isEmpty()
                    ? "must name the option chosen" : "only one option may be chosen"));
        } else if (options.get(0) == null || question.option(options.get(0)).isEmpty()) {
            violations.add(new Violation(field + ".optionIds[0]", "is not an option of this question"));
        } else {
            return Optional.of(Answer.choice(question.id(), options.get(0)));
        }
        return Optional.empty();
    }

    private static Optional<Answer> text(Questionnaire.Question question, List<UUID> options, String text,
                                         String field, List<Violation> violations) {
        if (!options.isEmpty()) {
            violations.add(new Violation(field + ".optionIds", "a free-text question takes a text, not options"));
            return Optional.empty();
        }
        String cleaned = text == null ? "" : FreeText.clean(text);
        if (FreeText.tooLong(cleaned)) {
            violations.add(new Violation(field + ".text", "must be at most " + FreeText.MAX_LENGTH + " characters"));
            return Optional.empty();
        }
        return cleaned.isEmpty() ? Optional.empty() : Optional.of(Answer.text(question.id(), cleaned));
    }

    private static Result refused(Violation violation) {
        return new Result(List.of(), List.of(violation));
    }
}

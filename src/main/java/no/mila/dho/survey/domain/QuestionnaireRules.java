package no.mila.dho.survey.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What a questionnaire version must be before a round can use it: a title of 1-200 characters, 1-50 questions,
 * each a text of 1-500 characters; a single choice with 2-20 options of 1-300 characters, a free text with none.
 * Texts may not hold control characters (the line break of a long question neither).
 */
public final class QuestionnaireRules {

    public static final int MAX_QUESTIONS = 50;
    public static final int MAX_OPTIONS = 20;

    /** A question as the team leader writes it. */
    public record Draft(QuestionKind kind, String text, List<String> options) {
    }

    private QuestionnaireRules() {
    }

    public static List<AnswerCheck.Violation> check(String title, List<Draft> questions) {
        List<AnswerCheck.Violation> violations = new ArrayList<>();
        text(title, 200, "title", violations);
        if (questions == null || questions.isEmpty() || questions.size() > MAX_QUESTIONS) {
            violations.add(new AnswerCheck.Violation("questions", "must have 1-" + MAX_QUESTIONS + " questions"));
            return violations;
        }
        for (int i = 0; i < questions.size(); i++) {
            String field = "questions[" + i + "]";
            Draft q = questions.get(i);
            if (q == null || q.kind() == null) {
                violations.add(new AnswerCheck.Violation(field + ".kind", "must be SINGLE_CHOICE or FREE_TEXT"));
                continue;
            }
            text(q.text(), 500, field + ".text", violations);
            List<String> options = q.options() == null ? List.of() : q.options();
            if (q.kind() == QuestionKind.FREE_TEXT && !options.isEmpty()) {
                violations.add(new AnswerCheck.Violation(field + ".options", "a free-text question has no options"));
            } else if (q.kind() == QuestionKind.SINGLE_CHOICE && (options.size() < 2 || options.size() > MAX_OPTIONS)) {
                violations.add(new AnswerCheck.Violation(field + ".options", "must have 2-" + MAX_OPTIONS + " options"));
            } else {
                for (int j = 0; j < options.size(); j++) {
                    text(options.get(j), 300, field + ".options[" + j + "]", violations);
                }
            }
        }
        return violations;
    }

    private static void text(String text, int max, String field, List<AnswerCheck.Violation> violations) {
        if (text == null || text.isBlank() || text.length() > max || !FreeText.clean(text).equals(text.strip())
                || text.contains("\n") || text.contains("\t")) {
            violations.add(new AnswerCheck.Violation(field, "must be 1-" + max
                    + " characters of text on one line, without control characters"));
        }
    }
}

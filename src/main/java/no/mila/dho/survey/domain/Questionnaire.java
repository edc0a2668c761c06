package no.mila.dho.survey.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One version of the survey's questionnaire: its title and its questions in order, each with its options. */
public record Questionnaire(UUID id, String title, List<Question> questions) {

    public Questionnaire {
        questions = List.copyOf(questions);
    }

    /** A question: its place (1, 2, ...), kind, text and, for a single choice, the options in order. */
    public record Question(UUID id, int position, QuestionKind kind, String text, List<Option> options) {

        public Question {
            options = List.copyOf(options);
        }

        public Optional<Option> option(UUID optionId) {
            return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
        }
    }

    /** An option of a single-choice question. */
    public record Option(UUID id, int position, String text) {
    }

    public Optional<Question> question(UUID questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }
}

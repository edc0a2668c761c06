package no.mila.dho.survey.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import no.mila.dho.survey.domain.QuestionKind;
import no.mila.dho.survey.domain.QuestionnaireRules;

/**
 * A questionnaire version as the team leader writes it: the title and the questions in order. {@code version} is the
 * version read (optimistic locking) when a draft is replaced; ignored when one is created.
 */
public record QuestionnaireRequest(@NotNull String title, @NotNull @Size(max = 50) List<@Valid @NotNull Question> questions,
                                   @PositiveOrZero Long version) {

    /** A question: single choice with its options in order, or free text without. */
    public record Question(@NotNull QuestionKind kind, @NotNull String text,
                           @Size(max = 20) List<@NotNull String> options) {
    }

    List<QuestionnaireRules.Draft> drafts() {
        return questions.stream().map(q -> new QuestionnaireRules.Draft(q.kind(), q.text(),
                q.options() == null ? List.of() : q.options())).toList();
    }
}

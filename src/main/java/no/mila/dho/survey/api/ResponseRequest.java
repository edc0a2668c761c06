package no.mila.dho.survey.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import no.mila.dho.survey.domain.GivenAnswer;

/**
 * The answers of a survey link: the token (in the body, never in the URL) and the answers, any question left out.
 * A single choice names one option in {@code optionIds}; a free text gives {@code text}.
 */
public record ResponseRequest(@NotNull @Size(max = 100) String token,
                              @NotNull @Size(max = 100) List<@Valid @NotNull AnswerRequest> answers) {

    /** One answer. */
    public record AnswerRequest(@NotNull UUID questionId, @Size(max = 20) List<@NotNull UUID> optionIds,
                                @Size(max = 10000) String text) {
    }

    List<GivenAnswer> given() {
        return answers.stream().map(a -> new GivenAnswer(a.questionId(), a.optionIds(), a.text())).toList();
    }
}

package no.mila.dho.survey.domain;

import java.util.UUID;

/** A checked answer, as it is stored: the option of a single choice, or the cleaned text of a free-text question. */
public record Answer(UUID questionId, UUID optionId, String text) {

    public static Answer choice(UUID questionId, UUID optionId) {
        return new Answer(questionId, optionId, null);
    }

    public static Answer text(UUID questionId, String text) {
        return new Answer(questionId, null, text);
    }
}

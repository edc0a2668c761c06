package no.mila.dho.survey.domain;

import java.util.List;
import java.util.UUID;

/**
 * An answer as the patient sent it, not yet checked: the question, the options chosen (a single choice takes one)
 * and the text (a free-text question). {@code optionIds} and {@code text} may be null.
 */
public record GivenAnswer(UUID questionId, List<UUID> optionIds, String text) {
}

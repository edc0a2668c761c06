package no.mila.dho.survey.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import no.mila.dho.survey.domain.QuestionKind;

/**
 * The results of a closed round, overall ({@code municipality} null) or of one municipality. Where too few answered
 * ({@code suppressed}), only the note says so: no counts, no rate, no questions.
 */
public record RoundResults(UUID roundId, int year, String title, String municipality, boolean suppressed, String note,
                           Long invited, Long answers, BigDecimal responseRatePercent, List<QuestionResult> questions) {

    /** A question: how many answered it, how many chose each option; free texts (overall only) shuffled. */
    public record QuestionResult(int position, UUID questionId, QuestionKind kind, String text, long answers,
                                 List<OptionResult> options, List<String> texts) {
    }

    /** An option and how many chose it. */
    public record OptionResult(int position, UUID optionId, String text, long count) {
    }
}

package no.mila.dho.survey.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** A round to open: the questionnaire version and the year. */
public record RoundRequest(@NotNull UUID surveyId, @NotNull @Min(2020) @Max(2100) Integer year) {
}

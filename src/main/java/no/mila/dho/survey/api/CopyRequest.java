package no.mila.dho.survey.api;

import jakarta.validation.constraints.Size;

/** A copy of a questionnaire version; without a title it keeps the source's. */
public record CopyRequest(@Size(max = 200) String title) {
}

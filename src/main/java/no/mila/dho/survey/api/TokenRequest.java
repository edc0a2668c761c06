package no.mila.dho.survey.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The token of a survey link, sent in the body so that it never is in a URL, a log or a trace. */
public record TokenRequest(@NotNull @Size(max = 100) String token) {
}

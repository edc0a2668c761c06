package no.mila.dho.worklist.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import no.mila.dho.alert.domain.Outcome;

/** Closing an alert or a task. */
public record Close(@NotNull Outcome outcome, @Size(max = 2000) String note) {
}

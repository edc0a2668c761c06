package no.mila.dho.municipality.api;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The date from which a municipality is no longer a partner. */
public record Deactivation(@NotNull LocalDate effectiveFrom) {
}

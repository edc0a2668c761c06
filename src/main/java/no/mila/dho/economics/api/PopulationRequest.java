package no.mila.dho.economics.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** Inhabitants by municipality number for a year; those not named stay as they are. */
public record PopulationRequest(
        @NotNull @Size(min = 1, max = 500) Map<String, @NotNull @Min(1) @Max(10_000_000) Integer> inhabitants,
        @Size(max = 500) String reason) {
}

package no.mila.dho.worklist.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Bringing a patient to the weekly specialist meeting. */
public record BringUp(@NotBlank String department, @NotBlank @Size(max = 1000) String reason) {
}

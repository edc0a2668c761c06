package no.mila.dho.worklist.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A message from the GP to keep in mind. */
public record GpMessage(@NotBlank @Size(max = 1000) String text) {
}

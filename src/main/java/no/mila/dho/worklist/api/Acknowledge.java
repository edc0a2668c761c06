package no.mila.dho.worklist.api;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** Green alerts to acknowledge in bulk. */
public record Acknowledge(@NotEmpty @Size(max = 500) List<@NotNull UUID> alertIds) {
}

package no.mila.dho.municipality.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A municipality joining the collaboration, with the date its partnership starts. */
public record NewMunicipality(
        @NotNull @Pattern(regexp = "[0-9]{4}", message = "must be a four-digit municipality number") String number,
        @NotBlank @Size(max = 100) String name,
        @NotNull LocalDate partnerSince) {
}

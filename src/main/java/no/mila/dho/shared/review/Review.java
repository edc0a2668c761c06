package no.mila.dho.shared.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The clinical lead's review of shipped clinical content (a pathway's default thresholds or plan template), as sent. */
public record Review(@NotBlank @Size(max = 200) String reviewedBy, @NotNull LocalDate reviewedOn,
                     @Size(max = 1000) String note) {
}

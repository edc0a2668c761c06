package no.mila.dho.economics.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A year's parameters, all sent (a full replacement; {@code nurseDayCost} null until known). {@code version}: the one
 * read, 0 or absent to create; {@code baseSharePercent}: the long-term model's, 30 when absent.
 */
public record YearRequest(
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal riskMarkupPercent,
        @NotNull @Min(1) @Max(10_000) Integer recipientsPerNurse,
        @NotNull @DecimalMin("0") @DecimalMax("999") @Digits(integer = 3, fraction = 2) BigDecimal startUpDays,
        @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal nurseDayCost,
        @NotNull LocalDate targetsDue,
        @NotNull @Min(1) @Max(12) Integer secondHalfFromMonth,
        @NotNull LocalDate secondHalfDue,
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal baseSharePercent,
        @Min(0) Long version,
        @NotBlank @Size(max = 500) String reason) {
}

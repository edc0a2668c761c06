package no.mila.dho.economics.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import no.mila.dho.economics.domain.BudgetKind;

/** The whole estimated budget of a year; {@code version}: the one read (0 when there is none yet). */
public record BudgetRequest(@NotNull @Size(min = 1, max = 100) List<@Valid @NotNull Line> lines,
                            @NotNull @Min(0) Integer version,
                            @NotBlank @Size(max = 500) String reason) {

    /** One line: salaries, administration or overhead, a text and the amount in NOK. */
    public record Line(@NotNull BudgetKind kind, @NotBlank @Size(max = 200) String text,
                       @NotNull @DecimalMin("0") @DecimalMax("999999999.99") @Digits(integer = 9, fraction = 2)
                       BigDecimal amount) {
    }
}

package no.mila.dho.economics.api;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import no.mila.dho.economics.domain.BudgetKind;

/** A booked expense; a negative amount corrects an earlier entry and needs a text. */
public record ExpenseRequest(@NotNull BudgetKind kind, @NotNull LocalDate bookedOn,
                             @NotNull @Digits(integer = 12, fraction = 2) BigDecimal amount,
                             @Size(max = 200) String text) {
}

package no.mila.dho.economics.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.mila.dho.shared.money.Nok;

/** One entry of the ledger of booked expenses; a correction is a negative entry with a text. */
public record Expense(long id, int year, BudgetKind kind, LocalDate bookedOn, Nok amount, String text, Instant at,
                      String actorName) {

    /** The actual cost of a year: the sum of its entries, corrections included. */
    public static Nok total(List<Expense> entries) {
        return entries.stream().map(Expense::amount).reduce(Nok.ZERO, Nok::plus);
    }
}

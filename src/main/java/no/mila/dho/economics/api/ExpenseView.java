package no.mila.dho.economics.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.mila.dho.economics.domain.BudgetKind;
import no.mila.dho.economics.domain.Expense;

/** One entry of the ledger of booked expenses. */
public record ExpenseView(long id, BudgetKind kind, LocalDate bookedOn, BigDecimal amount, String text,
                          Instant enteredAt, String enteredBy) {

    static ExpenseView of(Expense e) {
        return new ExpenseView(e.id(), e.kind(), e.bookedOn(), e.amount().amount(), e.text(), e.at(), e.actorName());
    }

    /** A year's ledger with its total (the actual cost). */
    public record Ledger(int year, List<ExpenseView> entries, BigDecimal total) {

        static Ledger of(int year, List<Expense> entries) {
            return new Ledger(year, entries.stream().map(ExpenseView::of).toList(), Expense.total(entries).amount());
        }
    }
}

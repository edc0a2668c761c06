package no.mila.dho.economics.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.mila.dho.economics.domain.BudgetKind;
import no.mila.dho.economics.domain.Expense;
import no.mila.dho.economics.persistence.ExpenseEntity;
import no.mila.dho.shared.money.Nok;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.security.CurrentUser;

/**
 * The ledger of booked expenses (team leader): entries are only added; a wrong entry is corrected by a negative
 * entry with a text saying what it corrects. The sum of a year's entries is its actual cost.
 */
@ApplicationScoped
public class ExpenseLedger {

    private final CurrentUser user;
    private final Clock clock;

    ExpenseLedger(CurrentUser user, Clock clock) {
        this.user = user;
        this.clock = clock;
    }

    public List<Expense> ofYear(int year) {
        return ExpenseEntity.ofYear(year).stream().map(ExpenseLedger::of).toList();
    }

    /** @throws ProblemException 400 naming {@code bookedOn} outside the year, {@code amount} 0, {@code text} missing */
    @Transactional
    public Expense book(int year, BudgetKind kind, LocalDate bookedOn, Nok amount, String text) {
        if (bookedOn.getYear() != year) {
            throw ProblemException.invalid("bookedOn", "must be a day of " + year);
        }
        if (amount.amount().signum() == 0) {
            throw ProblemException.invalid("amount", "must not be 0");
        }
        if (amount.isNegative() && (text == null || text.isBlank())) {
            throw ProblemException.invalid("text", "a correction (a negative amount) says what it corrects");
        }
        ExpenseEntity entry = new ExpenseEntity();
        ChangedBy by = ChangedBy.of(user);
        entry.by(clock.instant(), by.subject(), by.name(), by.role());
        entry.year = year;
        entry.kind = kind;
        entry.bookedOn = bookedOn;
        entry.amount = amount.amount();
        entry.text = text == null || text.isBlank() ? null : text.strip();
        entry.persist();
        return of(entry);
    }

    private static Expense of(ExpenseEntity e) {
        return new Expense(e.id, e.year, e.kind, e.bookedOn, new Nok(e.amount), e.text, e.at, e.actorName);
    }
}

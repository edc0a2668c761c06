package no.mila.dho.economics.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import no.mila.dho.economics.domain.Budget;
import no.mila.dho.economics.persistence.BudgetEntity;
import no.mila.dho.economics.persistence.BudgetLineEntity;
import no.mila.dho.shared.money.Nok;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;
import no.mila.dho.shared.security.CurrentUser;

/**
 * The estimated budget of each year (team leader): the whole budget is entered at once and becomes a new version;
 * the older versions stay as the trail. The body's version is the one read (0 when there is none yet).
 */
@ApplicationScoped
public class BudgetService {

    private final CurrentUser user;
    private final Clock clock;

    BudgetService(CurrentUser user, Clock clock) {
        this.user = user;
        this.clock = clock;
    }

    public Optional<Budget> current(int year) {
        return BudgetEntity.current(year).map(BudgetService::of);
    }

    /** Every version, newest first. */
    public List<Budget> versions(int year) {
        return BudgetEntity.versions(year).stream().map(BudgetService::of).toList();
    }

    @Transactional
    public Budget put(int year, List<Budget.Line> lines, int version, String reason) {
        int current = BudgetEntity.current(year).map(b -> b.versionNo).orElse(0);
        if (version != current) {
            throw new ProblemException(ProblemType.CONCURRENT_MODIFICATION, "The budget of " + year
                    + " is at version " + current + ", not " + version);
        }
        BudgetEntity budget = new BudgetEntity();
        ChangedBy by = ChangedBy.of(user);
        budget.by(clock.instant(), by.subject(), by.name(), by.role());
        budget.year = year;
        budget.versionNo = current + 1;
        budget.reason = reason;
        budget.total = lines.stream().map(Budget.Line::amount).reduce(Nok.ZERO, Nok::plus).amount();
        for (int i = 0; i < lines.size(); i++) {
            BudgetLineEntity line = new BudgetLineEntity();
            line.budget = budget;
            line.position = i;
            line.kind = lines.get(i).kind();
            line.text = lines.get(i).text();
            line.amount = lines.get(i).amount().amount();
            budget.lines.add(line);
        }
        try {
            budget.persistAndFlush();
        } catch (PersistenceException e) {
            throw new ProblemException(ProblemType.CONCURRENT_MODIFICATION, "The budget of " + year
                    + " was changed in the meantime");
        }
        return of(budget);
    }

    private static Budget of(BudgetEntity b) {
        return new Budget(b.year, b.versionNo, b.lines.stream()
                .map(l -> new Budget.Line(l.kind, l.text, new Nok(l.amount))).toList(), b.at, b.actorName,
                b.actorRole, b.reason);
    }
}

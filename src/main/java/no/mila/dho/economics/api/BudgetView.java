package no.mila.dho.economics.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import no.mila.dho.economics.domain.Budget;
import no.mila.dho.economics.domain.BudgetKind;

/** A version of a year's budget: its lines and total, who entered it, when and why. */
public record BudgetView(int year, int version, List<Line> lines, BigDecimal total, Instant changedAt,
                         String changedBy, String reason) {

    /** One line of the budget. */
    public record Line(BudgetKind kind, String text, BigDecimal amount) {
    }

    static BudgetView of(Budget b) {
        return new BudgetView(b.year(), b.version(), b.lines().stream()
                .map(l -> new Line(l.kind(), l.text(), l.amount().amount())).toList(), b.total().amount(), b.at(),
                b.actorName(), b.reason());
    }
}

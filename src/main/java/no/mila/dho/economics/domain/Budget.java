package no.mila.dho.economics.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import no.mila.dho.shared.money.Nok;

/**
 * One version of a year's estimated budget of the follow-up service (part 3.2.1: salaries, administration and
 * overhead): its lines, who entered it, when and why. The estimated total cost is the sum of the lines, exact.
 */
public record Budget(int year, int version, List<Line> lines, Instant at, String actorName, String actorRole,
                     String reason) {

    public Budget {
        lines = List.copyOf(lines);
    }

    /** One line: what, and the amount (never negative). */
    public record Line(BudgetKind kind, String text, Nok amount) {
        public Line {
            Objects.requireNonNull(kind, "kind");
            if (amount.isNegative()) {
                throw new IllegalArgumentException("A budget line is never negative: " + amount);
            }
        }
    }

    public Nok total() {
        return lines.stream().map(Line::amount).reduce(Nok.ZERO, Nok::plus);
    }
}

package no.mila.dho.economics.domain;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * One municipality in one month: the recipients counted (tjenestemottakere) and the target (måltall) in force, if
 * any. The unit every price model starts from; one counted recipient in one month is one recipient-month.
 */
public record MonthCount(String municipality, YearMonth month, int recipients, Optional<Integer> target) {

    public MonthCount {
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(target, "target");
        if (recipients < 0 || target.filter(t -> t < 0).isPresent()) {
            throw new IllegalArgumentException("Recipients and targets are never negative: " + recipients + ", "
                    + target);
        }
    }

    /**
     * The recipient-months the 2025 model bills (part 3.2.3): the recipients where the municipality met its target,
     * the target where it had fewer; the recipients where no target was entered.
     */
    public int billable() {
        return Math.max(recipients, target.orElse(0));
    }

    /** The target, 0 where none was entered (the estimate counts no recipients without a target). */
    public int targetOrZero() {
        return target.orElse(0);
    }
}

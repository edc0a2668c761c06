package no.mila.dho.economics.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * When a municipality is a partner of the collaboration: from {@code since} (inclusive) until {@code until}, the day
 * its deactivation takes effect (exclusive; empty while active). A month or year counts if it was a partner on any day
 * of it; a month it was not has no recipients and no target (docs/economics.md).
 */
public record Partnership(LocalDate since, Optional<LocalDate> until) {

    public Partnership {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
    }

    public boolean partnerIn(YearMonth month) {
        return between(month.atDay(1), month.atEndOfMonth());
    }

    public boolean partnerIn(int year) {
        return between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    private boolean between(LocalDate first, LocalDate last) {
        return !since.isAfter(last) && until.map(u -> u.isAfter(first) && u.isAfter(since)).orElse(true);
    }
}

package no.mila.dho.economics.api;

import java.time.Instant;
import java.util.List;
import no.mila.dho.economics.application.TargetBook;

/** The JSON of the targets: a municipality's year, the year of all, and the trail. */
final class TargetViews {

    private TargetViews() {
    }

    /** One municipality's 12 months: {@code target} null where none, {@code open} whether it may be changed today. */
    public record TargetsView(int year, String municipality, String name, List<MonthTarget> months) {
        static TargetsView of(TargetBook.YearTargets t) {
            return new TargetsView(t.year(), t.municipality(), t.name(), t.months().stream().map(m -> new MonthTarget(
                    m.month().toString(), m.target().orElse(null), m.open(), m.version())).toList());
        }
    }

    /** {@code version}: send it back with a change to be refused (409) if someone changed the month meanwhile. */
    public record MonthTarget(String month, Integer target, boolean open, long version) {
    }

    public record YearView(int year, List<TargetsView> municipalities) {
    }

    /** One change: {@code oldTarget} null where there was none. */
    public record ChangeView(String month, Integer oldTarget, int newTarget, String reason, Instant at,
                             String actorName, String actorRole) {
        static ChangeView of(TargetBook.TargetChange c) {
            return new ChangeView(c.month().toString(), c.oldTarget().orElse(null), c.newTarget(), c.reason(), c.at(),
                    c.actorName(), c.actorRole());
        }
    }

    /** The body of a change: the months to set (the others stay), and why. */
    public record TargetsRequest(List<MonthRequest> months, String reason) {
    }

    /** {@code target} 0..10000; {@code version} optional, as read. */
    public record MonthRequest(String month, Integer target, Long version) {
    }
}

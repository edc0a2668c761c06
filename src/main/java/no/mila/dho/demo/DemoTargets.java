package no.mila.dho.demo;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import no.mila.dho.economics.application.TargetBook;
import no.mila.dho.shared.time.ClockProducer;
import org.jboss.logging.Logger;

/**
 * A year of targets (måltall) for the current year for the five demo municipalities, entered by team leader Tara
 * through the targets' command, so the recipients report and its chart have a line to compare with. The months whose
 * window is closed are skipped and logged (the demo's year parameters, order 10, open the window); a municipality
 * that has any target of the year already is left as it is (idempotent).
 */
@ApplicationScoped
class DemoTargets implements DemoPart {

    private static final Logger LOG = Logger.getLogger(DemoTargets.class);

    /** Municipality -> the target of January; the months after grow by one every second month. */
    private static final Map<String, Integer> JANUARY = new TreeMap<>(Map.of("3209", 18, "3228", 9, "3230", 5,
            "3238", 6, "3240", 7));

    private final DemoSession session;
    private final TargetBook targets;
    private final Clock clock;

    DemoTargets(DemoSession session, TargetBook targets, Clock clock) {
        this.session = session;
        this.targets = targets;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void load() {
        int year = ClockProducer.today(clock).getYear();
        session.run(DemoUser.TARA, () -> JANUARY.forEach((municipality, january) -> enter(year, municipality,
                january)));
    }

    private void enter(int year, String municipality, int january) {
        TargetBook.YearTargets stored = targets.year(year, Optional.of(municipality)).get(0);
        if (stored.months().stream().anyMatch(m -> m.target().isPresent())) {
            return;
        }
        List<TargetBook.NewTarget> open = new ArrayList<>();
        for (TargetBook.MonthTarget month : stored.months()) {
            if (month.open()) {
                YearMonth m = month.month();
                open.add(new TargetBook.NewTarget(m, january + (m.getMonthValue() - 1) / 2, Optional.empty()));
            }
        }
        if (open.isEmpty()) {
            LOG.infof("Demo targets of %s for %d skipped: the window of the year's targets is closed", municipality,
                    year);
            return;
        }
        if (open.size() < 12) {
            LOG.infof("Demo targets of %s for %d: only %d open months entered", municipality, year, open.size());
        }
        targets.set(year, municipality, open, "Måltall for " + year + " (demodata)");
    }
}

package no.mila.dho.economics.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import no.mila.dho.economics.domain.Partnership;
import no.mila.dho.economics.domain.YearParameters;
import no.mila.dho.economics.persistence.TargetChangeEntity;
import no.mila.dho.economics.persistence.TargetEntity;
import no.mila.dho.municipality.application.MunicipalityService;
import no.mila.dho.municipality.domain.Municipality;
import no.mila.dho.shared.problem.FieldViolation;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;
import no.mila.dho.shared.time.ClockProducer;

/**
 * The targets (måltall) per municipality and month (docs/economics.md, "Targets"): read, set within the window of the
 * year's parameters ({@link YearParameters#targetOpen}), every change kept with who, when, old, new and why.
 * Who may is checked by the caller ({@link EconomicsAccess}).
 */
@ApplicationScoped
public class TargetBook {

    /** The highest target a month may have. */
    public static final int MAX_TARGET = 10_000;

    private final EconomicsYears years;
    private final MunicipalityService municipalities;
    private final TargetEntries entries;
    private final Clock clock;

    public TargetBook(EconomicsYears years, MunicipalityService municipalities, TargetEntries entries, Clock clock) {
        this.years = years;
        this.municipalities = municipalities;
        this.entries = entries;
        this.clock = clock;
    }

    /** A month's target as entered (empty: none), whether it may be changed today, and its version. */
    public record MonthTarget(YearMonth month, Optional<Integer> target, boolean open, long version) {
    }

    /** One municipality's targets of a year, all 12 months. */
    public record YearTargets(int year, String municipality, String name, List<MonthTarget> months) {
    }

    /** A target to set; {@code version} when the caller read one (409 if it changed since). */
    public record NewTarget(YearMonth month, int target, Optional<Long> version) {
    }

    /** One change of the trail. */
    public record TargetChange(YearMonth month, Optional<Integer> oldTarget, int newTarget, String reason, Instant at,
                               String actorName, String actorRole) {
    }

    /** municipality -> month (1..12) -> target, of one municipality or all. */
    public Map<String, Map<Integer, Integer>> ofYear(int year, Optional<String> municipality) {
        Map<String, Map<Integer, Integer>> result = new HashMap<>();
        for (TargetEntity t : TargetEntity.ofYear(year, municipality.orElse(null))) {
            result.computeIfAbsent(t.municipality.trim(), m -> new TreeMap<>()).put(t.month, t.target);
        }
        return result;
    }

    /** The targets of the partner municipalities of the year (or the one asked for; 404 if unknown), by number. */
    @Transactional
    public List<YearTargets> year(int year, Optional<String> municipality) {
        List<Municipality> chosen = municipality.map(n -> List.of(municipalities.get(n))).orElseGet(() ->
                municipalities.all().stream().filter(m -> partnership(m).partnerIn(year))
                        .sorted(java.util.Comparator.comparing(Municipality::number)).toList());
        Optional<YearParameters> parameters = years.find(year);
        Map<String, Map<Integer, TargetEntity>> stored = new HashMap<>();
        TargetEntity.ofYear(year, municipality.orElse(null)).forEach(t -> stored
                .computeIfAbsent(t.municipality.trim(), m -> new HashMap<>()).put(t.month, t));
        LocalDate today = ClockProducer.today(clock);
        return chosen.stream().map(m -> {
            List<MonthTarget> months = new ArrayList<>();
            for (int i = 1; i <= 12; i++) {
                YearMonth month = YearMonth.of(year, i);
                TargetEntity t = stored.getOrDefault(m.number(), Map.of()).get(i);
                boolean open = partnership(m).partnerIn(month)
                        && parameters.map(p -> p.targetOpen(month, today)).orElse(false);
                months.add(new MonthTarget(month, Optional.ofNullable(t).map(e -> e.target), open,
                        t == null ? 0 : t.version));
            }
            return new YearTargets(year, m.number(), m.name(), List.copyOf(months));
        }).toList();
    }

    /**
     * Sets the targets of the months given (the others stay as they are); a month whose target is unchanged is left
     * alone. 404 for an unknown municipality or a year without parameters; 422 naming {@code months[i].month} for a
     * month closed today or one the municipality is not a partner in; 409 for a stale version.
     */
    @Transactional
    public YearTargets set(int year, String municipality, List<NewTarget> changes, String reason) {
        Municipality m = municipalities.get(municipality);
        YearParameters parameters = years.require(year);
        LocalDate today = ClockProducer.today(clock);
        List<FieldViolation> closed = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            YearMonth month = changes.get(i).month();
            if (!partnership(m).partnerIn(month)) {
                closed.add(new FieldViolation("months[" + i + "].month", m.name() + " is not a partner in " + month));
            } else if (!parameters.targetOpen(month, today)) {
                closed.add(new FieldViolation("months[" + i + "].month", "the target of " + month
                        + " can no longer be entered or changed (closed " + closedOn(parameters, month) + ")"));
            }
        }
        if (!closed.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Targets of closed months cannot be changed",
                    closed);
        }
        for (int i = 0; i < changes.size(); i++) {
            entries.apply(year, municipality, changes.get(i), i, reason);
        }
        TargetEntity.flush();
        return year(year, Optional.of(municipality)).get(0);
    }

    /** The trail of one municipality's targets of the year, newest first (404 if the municipality is unknown). */
    @Transactional
    public List<TargetChange> changes(int year, String municipality) {
        municipalities.get(municipality);
        return TargetChangeEntity.of(year, municipality).stream().map(c -> new TargetChange(
                YearMonth.of(c.year, c.month), Optional.ofNullable(c.oldTarget), c.newTarget, c.reason, c.at,
                c.actorName, c.actorRole)).toList();
    }

    private static LocalDate closedOn(YearParameters p, YearMonth month) {
        return month.getMonthValue() >= p.secondHalfFromMonth() ? p.secondHalfDue().plusDays(1)
                : p.targetsDue().plusDays(1);
    }

    private static Partnership partnership(Municipality m) {
        return new Partnership(m.partnerSince(), Optional.ofNullable(m.deactivatedOn()));
    }
}

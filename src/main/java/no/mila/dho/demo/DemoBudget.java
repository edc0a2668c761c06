package no.mila.dho.demo;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import no.mila.dho.economics.application.BudgetService;
import no.mila.dho.economics.application.ExpenseLedger;
import no.mila.dho.economics.application.PopulationService;
import no.mila.dho.economics.application.YearSettings;
import no.mila.dho.economics.application.YearSettingsService;
import no.mila.dho.economics.domain.Budget;
import no.mila.dho.economics.domain.BudgetKind;
import no.mila.dho.economics.domain.YearParameters;
import no.mila.dho.municipality.application.MunicipalityService;
import no.mila.dho.shared.money.Nok;
import no.mila.dho.shared.time.ClockProducer;

/**
 * The current year's economics, entered by team leader Tara: the cost of a nurse's day, the budget (the seed's
 * 12,240 NOK per patient per year for 213 patients: 2,607,120), the booked expenses of each quarter ended by today,
 * and the populations of the partner municipalities (approximate public figures, about 2024, rounded: not official
 * statistics). It also moves the year's target deadlines past today, so the demo targets (order 20) can be entered.
 * Each piece only when it is not there yet.
 */
@ApplicationScoped
class DemoBudget implements DemoPart {

    static final String DEADLINE_REASON = "Demo: fristen forlenget så demo-måltall kan legges inn";
    /** Approximate inhabitants (public figures of about 2024, rounded; not official statistics). */
    private static final Map<String, Integer> INHABITANTS = Map.of("3209", 41_500, "3228", 24_000, "3238", 15_000,
            "3240", 26_800, "3230", 7_200, "3226", 17_900, "3207", 62_000, "3214", 16_000, "3212", 20_000,
            "3232", 25_000);
    /** Per quarter: salaries, administration, overhead. */
    private static final List<List<String>> QUARTERS = List.of(List.of("530000", "68000", "44000"),
            List.of("545000", "71500", "43200"), List.of("512000", "69000", "44500"),
            List.of("561000", "70500", "45420"));

    private final DemoSession session;
    private final YearSettingsService years;
    private final BudgetService budgets;
    private final ExpenseLedger expenses;
    private final PopulationService populations;
    private final MunicipalityService municipalities;
    private final Clock clock;

    DemoBudget(DemoSession session, YearSettingsService years, BudgetService budgets, ExpenseLedger expenses,
               PopulationService populations, MunicipalityService municipalities, Clock clock) {
        this.session = session;
        this.years = years;
        this.budgets = budgets;
        this.expenses = expenses;
        this.populations = populations;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void load() {
        LocalDate today = ClockProducer.today(clock);
        int year = today.getYear();
        session.run(DemoUser.TARA, () -> {
            parameters(year, today);
            if (budgets.current(year).isEmpty()) {
                budgets.put(year, List.of(
                        new Budget.Line(BudgetKind.SALARIES, "Sykepleiere i oppfølgingstjenesten (3 årsverk)",
                                Nok.of(2_150_000)),
                        new Budget.Line(BudgetKind.ADMINISTRATION, "Teamleder og administrasjon", Nok.of(280_000)),
                        new Budget.Line(BudgetKind.OVERHEAD, "Lokaler, IKT og drift", Nok.of(177_120))),
                        0, "Demo: budsjett " + year + " (12 240 kr per pasient per år, 213 pasienter)");
            }
            expenses(year, today);
            if (populations.ofYear(year).isEmpty()) {
                Map<String, Integer> known = new TreeMap<>();
                municipalities.all().forEach(m -> Optional.ofNullable(INHABITANTS.get(m.number()))
                        .ifPresent(n -> known.put(m.number(), n)));
                populations.put(year, known, "Demo: omtrentlige innbyggertall (offentlige tall, avrundet)");
            }
        });
    }

    private void parameters(int year, LocalDate today) {
        YearSettings settings = years.find(year).orElseGet(() -> years.put(new YearSettings(new YearParameters(year,
                new BigDecimal("3.5"), 73, new BigDecimal("2"), Optional.empty(), LocalDate.of(year - 1, 12, 31), 7,
                LocalDate.of(year, 5, 1), 0), new BigDecimal("30")), "Demo: driftsåret " + year));
        YearParameters p = settings.parameters();
        if (p.nurseDayCost().isEmpty()) {
            settings = years.put(with(settings, Optional.of(Nok.of(4_100)), p.targetsDue(), p.secondHalfDue()),
                    "Demo: kostnad per sykepleierdag (oppstartskostnad)");
            p = settings.parameters();
        }
        if (!p.targetsDue().isAfter(today)) {
            years.put(with(settings, p.nurseDayCost(), today.plusDays(14), today.plusDays(28)), DEADLINE_REASON);
        }
    }

    private static YearSettings with(YearSettings s, Optional<Nok> dayCost, LocalDate due, LocalDate secondHalfDue) {
        YearParameters p = s.parameters();
        return new YearSettings(new YearParameters(p.year(), p.riskMarkupPercent(), p.recipientsPerNurse(),
                p.startUpDays(), dayCost, due, p.secondHalfFromMonth(), secondHalfDue, p.version()),
                s.baseSharePercent());
    }

    private void expenses(int year, LocalDate today) {
        for (int q = 1; q <= 4; q++) {
            LocalDate end = LocalDate.of(year, q * 3, 1).plusMonths(1).minusDays(1);
            if (end.isAfter(today) || expenses.ofYear(year).stream().anyMatch(e -> e.bookedOn().equals(end))) {
                continue;
            }
            List<String> amounts = QUARTERS.get(q - 1);
            expenses.book(year, BudgetKind.SALARIES, end, Nok.of(amounts.get(0)), "Lønn " + q + ". kvartal");
            expenses.book(year, BudgetKind.ADMINISTRATION, end, Nok.of(amounts.get(1)), "Administrasjon " + q
                    + ". kvartal");
            expenses.book(year, BudgetKind.OVERHEAD, end, Nok.of(amounts.get(2)), "Overhead " + q + ". kvartal");
        }
    }
}

package no.mila.dho.economics.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.mila.dho.economics.domain.Budget;
import no.mila.dho.economics.domain.Expense;
import no.mila.dho.economics.domain.ModelPayment;
import no.mila.dho.economics.domain.MonthCount;
import no.mila.dho.economics.domain.PopulationBaseShareModel;
import no.mila.dho.economics.domain.PriceEstimate;
import no.mila.dho.economics.domain.PriceModel;
import no.mila.dho.economics.domain.PriceModel2025;
import no.mila.dho.economics.domain.Settlement;
import no.mila.dho.economics.domain.StartUpFee;
import no.mila.dho.economics.domain.YearData;
import no.mila.dho.economics.domain.YearParameters;
import no.mila.dho.municipality.domain.Municipality;
import no.mila.dho.shared.money.Nok;
import no.mila.dho.shared.problem.FieldViolation;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;
import no.mila.dho.shared.time.ClockProducer;

/**
 * The estimate before a year, the settlement after it and the comparison of the price models (docs/pricing.md),
 * computed from the stored figures by the pure rules of {@code economics.domain}. What is missing is answered 422
 * naming it ({@code budget}, {@code targets}, {@code expenses}, {@code recipients}, {@code populations.<number>}),
 * never a division by zero.
 */
@ApplicationScoped
public class Pricing {

    /** The models the council compares, in this order. */
    public static final List<PriceModel> MODELS = List.of(new PriceModel2025(), new PopulationBaseShareModel());

    /** A settlement, marked preliminary while its year has not ended. */
    public record SettlementResult(Settlement settlement, boolean preliminary, YearParameters parameters,
                                   Map<String, Municipality> municipalities) {
    }

    /** The estimate of a year and the names of its municipalities. */
    public record EstimateResult(PriceEstimate estimate, YearParameters parameters,
                                 Map<String, Municipality> municipalities) {
    }

    /** Each model's payments for the same year, by model name in {@link #MODELS} order. */
    public record Comparison(YearData data, boolean preliminary, Map<String, List<ModelPayment>> payments,
                             Map<String, Municipality> municipalities) {
    }

    private final YearSettingsService years;
    private final BudgetService budgets;
    private final ExpenseLedger expenses;
    private final PopulationService populations;
    private final YearFigures figures;
    private final Clock clock;

    Pricing(YearSettingsService years, BudgetService budgets, ExpenseLedger expenses, PopulationService populations,
            YearFigures figures, Clock clock) {
        this.years = years;
        this.budgets = budgets;
        this.expenses = expenses;
        this.populations = populations;
        this.figures = figures;
        this.clock = clock;
    }

    public EstimateResult estimate(int year) {
        YearParameters p = years.require(year).parameters();
        Budget budget = budgets.current(year).orElseThrow(() -> missing("estimate", year,
                new FieldViolation("budget", "no budget is entered for " + year)));
        List<MonthCount> months = figures.months(year);
        if (months.stream().mapToLong(MonthCount::targetOrZero).sum() == 0) {
            throw missing("estimate", year, new FieldViolation("targets", "no targets are entered for " + year));
        }
        return new EstimateResult(PriceEstimate.of(year, budget.total(), months, p.riskMarkupPercent(),
                p.recipientsPerNurse()), p, figures.municipalities());
    }

    public SettlementResult settlement(int year) {
        YearParameters p = years.require(year).parameters();
        Nok cost = actualCost(year, "settlement");
        List<MonthCount> months = figures.months(year);
        if (months.stream().mapToLong(MonthCount::recipients).sum() == 0) {
            throw missing("settlement", year, new FieldViolation("recipients", "no recipients are counted in " + year));
        }
        Map<String, Municipality> all = figures.municipalities();
        List<StartUpFee> fees = new ArrayList<>();
        LocalDate collaborationStart = figures.collaborationStart();
        months.stream().map(MonthCount::municipality).distinct().map(all::get).filter(m -> m != null)
                .forEach(m -> StartUpFee.of(year, m.number(), m.partnerSince(), collaborationStart, p.startUpDays(),
                        p.nurseDayCost())
                        .ifPresent(fees::add));
        return new SettlementResult(Settlement.of(year, cost, months, fees), preliminary(year), p, all);
    }

    public Comparison comparison(int year) {
        YearSettings settings = years.require(year);
        Nok cost = actualCost(year, "comparison");
        Map<String, Municipality> all = figures.municipalities();
        List<MonthCount> months = figures.months(year);
        Map<String, Integer> partnerMonths = new LinkedHashMap<>();
        months.stream().map(MonthCount::municipality).distinct().forEach(n -> partnerMonths.put(n,
                Optional.ofNullable(all.get(n)).map(m -> Math.max(1, YearFigures.partnerMonths(m, year))).orElse(12)));
        YearData data = new YearData(year, cost, months, populations.ofYear(year), partnerMonths,
                settings.baseSharePercent());
        List<FieldViolation> lacking = MODELS.stream().flatMap(m -> m.missingInputs(data).stream()).distinct()
                .map(field -> new FieldViolation(field, "is missing for " + year)).toList();
        if (!lacking.isEmpty()) {
            throw missing("comparison", year, lacking.toArray(FieldViolation[]::new));
        }
        Map<String, List<ModelPayment>> payments = new LinkedHashMap<>();
        MODELS.forEach(m -> payments.put(m.name(), m.compute(data)));
        return new Comparison(data, preliminary(year), payments, all);
    }

    private Nok actualCost(int year, String what) {
        List<Expense> entries = expenses.ofYear(year);
        Nok cost = Expense.total(entries);
        if (entries.isEmpty() || cost.isNegative()) {
            throw missing(what, year, new FieldViolation("expenses", "no booked expenses for " + year));
        }
        return cost;
    }

    private boolean preliminary(int year) {
        return !ClockProducer.today(clock).isAfter(LocalDate.of(year, 12, 31));
    }

    private static ProblemException missing(String what, int year, FieldViolation... violations) {
        return new ProblemException(ProblemType.UNPROCESSABLE, "The " + what + " of " + year + " lacks "
                + String.join(", ", java.util.Arrays.stream(violations).map(FieldViolation::field).toList()),
                List.of(violations));
    }
}

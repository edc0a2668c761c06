package no.mila.dho.benefit.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import no.mila.dho.shared.money.Nok;

/**
 * The cost of the municipalities with and without DHO, as the seed's table (seed 003, "Tabell 1. Kostnadsestimat";
 * docs/benefits.md). With DHO: the unit costs per patient and year. Without DHO: home nursing at the hourly cost,
 * hours per week x hourly cost x weeks per year. The rounding that reproduces the seed's figures:
 * <ol>
 *   <li>the cost without DHO per patient and year is rounded <b>half up to whole kroner</b>, once (327,974.40 becomes
 *   327,974); the cost with DHO is whole already (the unit costs are);</li>
 *   <li>the totals are that whole-krone figure times the patients, exact (327,974 x 213 = 69,858,462);</li>
 *   <li>the savings are without minus with, exact;</li>
 *   <li>every per-month figure is its per-year figure / 12, <b>rounded down</b> (towards zero) to whole kroner
 *   (69,858,462 / 12 = 5,821,538.50 becomes 5,821,538, as in the seed).</li>
 * </ol>
 */
public record CostEstimate(int patients, BigDecimal hoursPerWeek, Figure followUpService, Figure licence,
                           Figure equipment, Figure withDhoPerPatient, Figure withDhoTotal,
                           Figure withoutDhoPerPatient, Figure withoutDhoTotal, Figure savingPerPatient,
                           Figure savingTotal) {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    /** A figure per year and per month (the year's / 12, rounded down to whole kroner). */
    public record Figure(Nok perYear, Nok perMonth) {

        static Figure ofYear(Nok perYear) {
            return new Figure(perYear, new Nok(perYear.amount().divide(TWELVE, 0, RoundingMode.DOWN)));
        }
    }

    /** The seed's way: {@code hoursPerWeek} of home nursing for every patient without DHO. */
    public static CostEstimate of(CostParameters parameters, int patients, BigDecimal hoursPerWeek) {
        BigDecimal exact = hoursPerWeek.multiply(parameters.homeNursingHourCost().amount())
                .multiply(BigDecimal.valueOf(parameters.weeksPerYear()));
        return estimate(parameters, patients, hoursPerWeek.setScale(2, RoundingMode.HALF_UP), exact);
    }

    /**
     * From the real numbers: the average of the baseline home nursing minutes per month of the patients who have
     * one ({@code baselineMinutesPerMonth} summed over {@code withBaseline} patients) is the home nursing a patient
     * would have without DHO: minutes per month x 12 / 60 hours a year at the hourly cost (the weeks cancel out; the
     * hours per week shown are the year's hours / weeks per year, rounded half up to two decimals, for reading only).
     * Without any baseline the parameters' assumed hours per week stand in.
     */
    public static CostEstimate fromBaseline(CostParameters parameters, int patients, long baselineMinutesPerMonth,
                                            int withBaseline) {
        if (withBaseline <= 0) {
            return of(parameters, patients, parameters.assumedHoursPerWeek());
        }
        BigDecimal minutesPerYear = BigDecimal.valueOf(baselineMinutesPerMonth).multiply(TWELVE);
        BigDecimal hourCost = parameters.homeNursingHourCost().amount();
        BigDecimal divisor = MINUTES_PER_HOUR.multiply(BigDecimal.valueOf(withBaseline));
        // rounded half up to whole kroner in one step, from the exact quotient
        BigDecimal exact = minutesPerYear.multiply(hourCost).divide(divisor, 0, RoundingMode.HALF_UP);
        BigDecimal hoursPerWeek = minutesPerYear.divide(divisor.multiply(BigDecimal.valueOf(parameters.weeksPerYear())),
                2, RoundingMode.HALF_UP);
        return estimate(parameters, patients, hoursPerWeek, exact);
    }

    private static CostEstimate estimate(CostParameters p, int patients, BigDecimal hoursPerWeek,
                                         BigDecimal withoutExact) {
        if (patients < 0) {
            throw new IllegalArgumentException("patients must not be negative: " + patients);
        }
        Nok with = p.withDhoPerPatient();
        Nok without = new Nok(withoutExact.setScale(0, RoundingMode.HALF_UP));
        return new CostEstimate(patients, hoursPerWeek, Figure.ofYear(p.followUpService()), Figure.ofYear(p.licence()),
                Figure.ofYear(p.equipment()), Figure.ofYear(with), Figure.ofYear(with.times(patients)),
                Figure.ofYear(without), Figure.ofYear(without.times(patients)), Figure.ofYear(without.minus(with)),
                Figure.ofYear(without.times(patients).minus(with.times(patients))));
    }
}

package no.mila.dho.benefit.domain;

import java.math.BigDecimal;
import java.util.Objects;
import no.mila.dho.shared.money.Nok;

/**
 * The unit costs of a year's cost estimate (table {@code benefit_cost_year}, docs/benefits.md): per patient and year
 * the shared follow-up service, the system licence and the medical equipment; the cost of an hour of home nursing
 * (vedtakstime); the weeks of home nursing in a year; and the hours a week assumed for a patient without DHO where
 * no baseline is recorded (the seed's 5.2).
 */
public record CostParameters(int year, Nok followUpService, Nok licence, Nok equipment, Nok homeNursingHourCost,
                             int weeksPerYear, BigDecimal assumedHoursPerWeek) {

    public CostParameters {
        Objects.requireNonNull(followUpService, "followUpService");
        Objects.requireNonNull(licence, "licence");
        Objects.requireNonNull(equipment, "equipment");
        Objects.requireNonNull(homeNursingHourCost, "homeNursingHourCost");
        Objects.requireNonNull(assumedHoursPerWeek, "assumedHoursPerWeek");
        if (weeksPerYear < 1 || weeksPerYear > 53) {
            throw new IllegalArgumentException("A year has 1 to 53 weeks of home nursing, not " + weeksPerYear);
        }
    }

    /** The cost with DHO per patient and year: the three unit costs, exact. */
    public Nok withDhoPerPatient() {
        return followUpService.plus(licence).plus(equipment);
    }
}

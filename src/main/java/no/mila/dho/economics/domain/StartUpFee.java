package no.mila.dho.economics.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import no.mila.dho.shared.money.Nok;

/**
 * The start-up fee (oppstartskostnad, part 3.2.4) of a municipality joining the collaboration: the training of its
 * resource persons, priced as {@code startUpDays} days of a follow-up nurse's work ({@code nurseDayCost} per day),
 * invoiced in the quarter of the date it joins ({@code partnerSince}). The amount is {@code days x dayCost} rounded
 * once to the øre, half up (the days may have decimals); it is empty, and {@link #missing()} says why, while the
 * cost of a nurse's day is not entered.
 *
 * @param quarter 1-4: the quarter of {@code partnerSince} the fee is invoiced in
 */
public record StartUpFee(String municipality, LocalDate partnerSince, int quarter, BigDecimal days,
                         Optional<Nok> amount) {

    public StartUpFee {
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(amount, "amount");
    }

    /**
     * The fee of {@code year} for a municipality partner since {@code partnerSince}: none unless it joined in that
     * year, and none for a founder of the collaboration, partner from its first day {@code collaborationStart} (the
     * earliest {@code partnerSince} of all municipalities: the ten of the 2025 agreement, whose resource persons were
     * trained in the project; part 3.2.4 prices the training of "new municipalities that connect to the
     * collaboration").
     */
    public static Optional<StartUpFee> of(int year, String municipality, LocalDate partnerSince,
                                          LocalDate collaborationStart, BigDecimal days, Optional<Nok> nurseDayCost) {
        if (partnerSince == null || partnerSince.getYear() != year || !partnerSince.isAfter(collaborationStart)) {
            return Optional.empty();
        }
        int quarter = (partnerSince.getMonthValue() - 1) / 3 + 1;
        return Optional.of(new StartUpFee(municipality, partnerSince, quarter, days,
                nurseDayCost.map(cost -> cost.timesRounded(days))));
    }

    /** {@code "2027-K2"}: the quarter (kvartal) the fee is invoiced in. */
    public String quarterLabel() {
        return partnerSince.getYear() + "-K" + quarter;
    }

    /** What is missing to compute the fee: the parameter's name, or empty. */
    public Optional<String> missing() {
        return amount.isPresent() ? Optional.empty() : Optional.of("nurseDayCost");
    }
}

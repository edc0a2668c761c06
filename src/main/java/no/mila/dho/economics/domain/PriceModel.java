package no.mila.dho.economics.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A rule for what each municipality pays for a year, computed from the same year's figures ({@link YearData}), so the
 * operations council can compare models side by side on real data (docs/pricing.md). A model names what it lacks
 * instead of dividing by zero: {@link #compute} is called only when {@link #missingInputs} is empty.
 */
public interface PriceModel {

    /** A stable machine name, e.g. {@code 2025}. */
    String name();

    /** The model and its formula, in Norwegian, for the report's readers. */
    String description();

    /** The inputs this model lacks for the year (e.g. {@code expenses}, {@code populations.3209}); empty if none. */
    List<String> missingInputs(YearData data);

    /**
     * One payment per municipality of the year, by number.
     *
     * @throws IllegalStateException when {@link #missingInputs} is not empty
     */
    List<ModelPayment> compute(YearData data);

    /**
     * What every model needs: booked expenses (not below zero) and counted recipient-months; a model adds its own
     * inputs to this list.
     */
    static List<String> costAndRecipientsMissing(YearData data) {
        List<String> missing = new ArrayList<>();
        if (data.actualCost().isNegative()) {
            missing.add("expenses");
        }
        if (data.recipientMonths() == 0) {
            missing.add("recipients");
        }
        return missing;
    }

    /** @throws IllegalStateException naming the missing inputs */
    default void requireInputs(YearData data) {
        List<String> missing = missingInputs(data);
        if (!missing.isEmpty()) {
            throw new IllegalStateException(name() + " lacks " + missing);
        }
    }
}

package no.mila.dho.threshold.api;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Optional;
import no.mila.dho.measurement.domain.ThresholdSet;
import no.mila.dho.measurement.domain.WeightTrendRule;
import no.mila.dho.shared.problem.ProblemException;

/** The weight trend rule. */
public record TrendView(@NotNull BigDecimal yellowGainKg, @NotNull BigDecimal redGainKg, @NotNull Integer windowDays) {

    public static TrendView of(WeightTrendRule rule) {
        return new TrendView(rule.yellowGainKg(), rule.redGainKg(), rule.windowDays());
    }

    /** The trend rule of {@code set}; null when it has none. */
    static TrendView of(ThresholdSet set) {
        return set.weightTrend().map(TrendView::of).orElse(null);
    }

    /** The rule, or a 400 naming {@code weightTrend} when its values do not make a rule; empty when not sent. */
    public static Optional<WeightTrendRule> toDomain(TrendView view) {
        if (view == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new WeightTrendRule(view.yellowGainKg(), view.redGainKg(), view.windowDays()));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("weightTrend", e.getMessage());
        }
    }
}

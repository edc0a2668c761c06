package no.mila.dho.thresholdchange.application;

import java.util.Map;
import java.util.Optional;
import no.mila.dho.measurement.domain.Limits;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.measurement.domain.WeightTrendRule;

/**
 * A proposed new version: the limits of every type (a type sent with no limits has none in the new version),
 * the weight trend rule, the reason, and whether the proposing physician orders it in the same step.
 */
public record ProposeCommand(String reason, Map<MeasurementType, Limits> limits, Optional<WeightTrendRule> weightTrend,
                             boolean orderNow, String orderNote) {
}

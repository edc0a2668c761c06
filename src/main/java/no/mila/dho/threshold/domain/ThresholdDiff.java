package no.mila.dho.threshold.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import no.mila.dho.measurement.domain.Limits;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.measurement.domain.ThresholdSet;
import no.mila.dho.measurement.domain.WeightTrendRule;

/** What differs between two threshold versions, limit by limit (a limit added or removed has a null side). */
public final class ThresholdDiff {

    private ThresholdDiff() {
    }

    /** One changed limit, e.g. {@code SPO2.redLow} from 88 to 86. */
    public record Change(String field, BigDecimal from, BigDecimal to) {
    }

    private static final List<LimitField> LIMIT_FIELDS = List.of(
            new LimitField("redLow", Limits::redLow), new LimitField("yellowLow", Limits::yellowLow),
            new LimitField("yellowHigh", Limits::yellowHigh), new LimitField("redHigh", Limits::redHigh));

    private record LimitField(String name, Function<Limits, BigDecimal> value) {
    }

    /** The changes from {@code previous} to {@code next}, by measurement type and then the weight trend. */
    public static List<Change> between(ThresholdSet previous, ThresholdSet next) {
        List<Change> changes = new ArrayList<>();
        for (MeasurementType type : MeasurementType.values()) {
            Limits before = previous.limitsOf(type);
            Limits after = next.limitsOf(type);
            for (LimitField field : LIMIT_FIELDS) {
                add(changes, type.name() + "." + field.name(), field.value().apply(before), field.value().apply(after));
            }
        }
        Optional<WeightTrendRule> before = previous.weightTrend();
        Optional<WeightTrendRule> after = next.weightTrend();
        add(changes, "weightTrend.yellowGainKg", before.map(WeightTrendRule::yellowGainKg).orElse(null),
                after.map(WeightTrendRule::yellowGainKg).orElse(null));
        add(changes, "weightTrend.redGainKg", before.map(WeightTrendRule::redGainKg).orElse(null),
                after.map(WeightTrendRule::redGainKg).orElse(null));
        add(changes, "weightTrend.windowDays", before.map(r -> BigDecimal.valueOf(r.windowDays())).orElse(null),
                after.map(r -> BigDecimal.valueOf(r.windowDays())).orElse(null));
        return List.copyOf(changes);
    }

    private static void add(List<Change> changes, String field, BigDecimal from, BigDecimal to) {
        boolean same = from == null ? to == null : to != null && from.compareTo(to) == 0;
        if (!same) {
            changes.add(new Change(field, from, to));
        }
    }
}

package no.mila.dho.collaboration.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.mila.dho.measurement.domain.Limits;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.measurement.domain.ThresholdSet;
import no.mila.dho.measurement.domain.WeightTrendRule;

/** A patient's thresholds as a message gives them: Norwegian lines for the reader, and the limits as data. */
public final class ThresholdText {

    private ThresholdText() {
    }

    /** One line per measured type, e.g. "Oksygenmetning (SpO2): rød under 88 %, gul under 92 %". */
    public static List<String> lines(ThresholdSet set) {
        List<String> lines = new ArrayList<>();
        for (MeasurementType type : MeasurementType.values()) {
            Limits l = set.limitsOf(type);
            List<String> parts = new ArrayList<>();
            add(parts, "rød under", l.redLow(), type);
            add(parts, "gul under", l.yellowLow(), type);
            add(parts, "gul over", l.yellowHigh(), type);
            add(parts, "rød over", l.redHigh(), type);
            if (!parts.isEmpty()) {
                lines.add(type.nameNb() + ": " + String.join(", ", parts));
            }
        }
        set.weightTrend().ifPresent(w -> lines.add("Vektøkning på " + w.windowDays() + " dager: gul fra "
                + number(w.yellowGainKg()) + " kg, rød fra " + number(w.redGainKg()) + " kg"));
        return lines;
    }

    /** The limits by type ({@code redLow}, {@code yellowLow}, {@code yellowHigh}, {@code redHigh}, {@code unit}). */
    public static Map<String, Object> payload(ThresholdSet set) {
        Map<String, Object> limits = new LinkedHashMap<>();
        for (MeasurementType type : MeasurementType.values()) {
            Limits l = set.limitsOf(type);
            Map<String, Object> one = new LinkedHashMap<>();
            putIfSet(one, "redLow", l.redLow());
            putIfSet(one, "yellowLow", l.yellowLow());
            putIfSet(one, "yellowHigh", l.yellowHigh());
            putIfSet(one, "redHigh", l.redHigh());
            if (!one.isEmpty()) {
                one.put("unit", type.ucum());
                limits.put(type.name(), one);
            }
        }
        set.weightTrend().ifPresent(w -> limits.put("WEIGHT_TREND", weightTrend(w)));
        return limits;
    }

    private static Map<String, Object> weightTrend(WeightTrendRule w) {
        return Map.of("yellowGainKg", w.yellowGainKg(), "redGainKg", w.redGainKg(), "windowDays", w.windowDays());
    }

    private static void add(List<String> parts, String what, BigDecimal limit, MeasurementType type) {
        if (limit != null) {
            parts.add(what + " " + number(limit) + " " + type.displayUnit());
        }
    }

    private static void putIfSet(Map<String, Object> map, String key, BigDecimal value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}

package no.mila.dho.console.thresholds;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import no.mila.dho.console.ConsoleFormat;
import no.mila.dho.measurement.domain.Limits;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.measurement.domain.ThresholdSet;
import no.mila.dho.measurement.domain.WeightTrendRule;

/**
 * The proposal form: one input per limit of the version in force, keyed by the API's limit name
 * ({@code SPO2.redLow}, {@code weightTrend.redGainKg}), sent as the pairs {@code key}/{@code value} in the form's
 * order; read back into a whole version (a type with every limit blank has none, as {@code {}} in the API; the
 * statements of types no longer measured stay as they are). Whether the version is usable is the threshold feature's
 * rule, not this form's: this only reads numbers.
 */
final class LimitForm {

    static final List<String> LIMITS = List.of("redLow", "yellowLow", "yellowHigh", "redHigh");
    static final List<String> TREND = List.of("yellowGainKg", "redGainKg", "windowDays");
    private static final List<Function<Limits, BigDecimal>> LIMIT_VALUES = List.of(Limits::redLow, Limits::yellowLow,
            Limits::yellowHigh, Limits::redHigh);

    /** One input: its key, label, the value in the form and the value in force. */
    record Field(String key, String id, String label, String value, String current) {
    }

    /** The inputs of one type (or of the weight trend), with what the service said is wrong with them. */
    record Group(String key, String label, String unit, List<Field> fields, String problem) {
    }

    /** What was typed: the version (when every number could be read) or the fields that are not numbers. */
    record Read(Map<String, String> entered, ThresholdSet set, Map<String, String> problems) {
    }

    private LimitForm() {
    }

    /** The values of the version in force, by key, in the order of the form. */
    static Map<String, String> valuesOf(ThresholdSet set) {
        Map<String, String> values = new LinkedHashMap<>();
        set.limits().forEach((type, limits) -> {
            for (int i = 0; i < LIMITS.size(); i++) {
                values.put(type + "." + LIMITS.get(i), ConsoleFormat.number(LIMIT_VALUES.get(i).apply(limits)));
            }
        });
        set.weightTrend().ifPresent(t -> {
            values.put("weightTrend.yellowGainKg", ConsoleFormat.number(t.yellowGainKg()));
            values.put("weightTrend.redGainKg", ConsoleFormat.number(t.redGainKg()));
            values.put("weightTrend.windowDays", String.valueOf(t.windowDays()));
        });
        return values;
    }

    /** The form's groups: each type of the version in force and its weight trend, with the values entered. */
    static List<Group> groups(ThresholdSet inForce, Map<String, String> entered, Map<String, String> problems) {
        Map<String, String> current = valuesOf(inForce);
        List<Group> groups = new ArrayList<>();
        for (MeasurementType type : inForce.limits().keySet()) {
            groups.add(group(type.name(), type.nameNb(), type.displayUnit(), LIMITS, current, entered,
                    problems.get("limits." + type)));
        }
        if (inForce.weightTrend().isPresent()) {
            groups.add(group("weightTrend", "Vekttrend", "kg", TREND, current, entered, problems.get("weightTrend")));
        }
        return groups;
    }

    private static Group group(String key, String label, String unit, List<String> names, Map<String, String> current,
                               Map<String, String> entered, String problem) {
        List<Field> fields = names.stream().map(n -> key + "." + n).map(k -> new Field(k,
                "limit-" + k.replace('.', '-'),
                ThresholdTexts.limit(k.substring(k.indexOf('.') + 1)), entered.getOrDefault(k, ""),
                current.getOrDefault(k, ""))).toList();
        return new Group(key, label, unit, fields, problem);
    }

    /** Reads the pairs sent; keys not of the version in force are ignored (the form has only those). */
    static Read read(ThresholdSet inForce, List<String> keys, List<String> values) {
        Map<String, String> entered = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(keys.size(), values.size()); i++) {
            entered.put(keys.get(i), values.get(i) == null ? "" : values.get(i).strip());
        }
        Map<String, String> problems = new LinkedHashMap<>();
        Map<MeasurementType, Limits> limits = new EnumMap<>(MeasurementType.class);
        for (MeasurementType type : inForce.limits().keySet()) {
            BigDecimal[] v = new BigDecimal[LIMITS.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = number(entered, type + "." + LIMITS.get(i), "limits." + type, problems);
            }
            limits.put(type, new Limits(v[0], v[1], v[2], v[3]));
        }
        Optional<WeightTrendRule> trend = inForce.weightTrend().isEmpty() ? Optional.empty() : trend(entered, problems);
        ThresholdSet set = problems.isEmpty() ? new ThresholdSet(limits, trend, inForce.notMeasured()) : null;
        return new Read(entered, set, problems);
    }

    private static Optional<WeightTrendRule> trend(Map<String, String> entered, Map<String, String> problems) {
        BigDecimal yellow = number(entered, "weightTrend.yellowGainKg", "weightTrend", problems);
        BigDecimal red = number(entered, "weightTrend.redGainKg", "weightTrend", problems);
        BigDecimal days = number(entered, "weightTrend.windowDays", "weightTrend", problems);
        if (yellow == null && red == null && days == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new WeightTrendRule(yellow, red, days.intValueExact()));
        } catch (RuntimeException e) {
            problems.putIfAbsent("weightTrend", ThresholdTexts.fieldProblem("weightTrend"));
            return Optional.empty();
        }
    }

    private static BigDecimal number(Map<String, String> entered, String key, String group,
                                     Map<String, String> problems) {
        try {
            return ConsoleFormat.parse(entered.get(key));
        } catch (NumberFormatException e) {
            problems.putIfAbsent(group, ThresholdTexts.group(key.substring(0, key.indexOf('.')))
                    + ": skriv tall, for eksempel 88 eller 37,5.");
            return null;
        }
    }
}

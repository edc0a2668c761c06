package no.mila.dho.measurement.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Limits are usable only when ordered and inside the physiologically possible range of their type. */
public final class ThresholdRules {

    private ThresholdRules() {
    }

    public static List<String> problems(MeasurementType type, Limits limits) {
        List<String> problems = new ArrayList<>(limits.orderProblems());
        for (BigDecimal limit : new BigDecimal[] {limits.redLow(), limits.yellowLow(), limits.yellowHigh(), limits.redHigh()}) {
            if (limit != null && !type.isPossible(limit)) {
                problems.add("limit " + limit.toPlainString() + " is outside " + type.possibleMin() + "-"
                        + type.possibleMax() + " " + type.unit());
            }
        }
        return problems;
    }
}

package no.mila.dho.measurement.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What makes the values of a report acceptable (part of {@link ReportRules}): a number in the canonical unit,
 * physiologically possible (bounds included: an extreme but possible value must be accepted, to turn red), with at
 * most two decimals, and blood pressure as a pair with systolic above diastolic.
 */
final class ValueRules {

    private ValueRules() {
    }

    static List<ReportRules.Problem> check(List<ReportRules.Sent> values) {
        List<ReportRules.Problem> problems = new ArrayList<>();
        for (ReportRules.Sent sent : values) {
            String valueField = sent.field();
            if (sent.value() == null) {
                problems.add(new ReportRules.Problem(valueField, "is required"));
                continue;
            }
            if (!sent.type().unit().equals(sent.unit())) {
                problems.add(new ReportRules.Problem(unitField(sent), "must be " + sent.type().unit()));
            }
            if (!sent.type().isPossible(sent.value())) {
                problems.add(new ReportRules.Problem(valueField, "must be between " + sent.type().possibleMin() + " and "
                        + sent.type().possibleMax() + " " + sent.type().unit()));
            } else if (sent.value().stripTrailingZeros().scale() > 2) {
                problems.add(new ReportRules.Problem(valueField, "has more than two decimals"));
            }
        }
        Map<MeasurementType, BigDecimal> byType = ReportRules.byType(values);
        BigDecimal systolic = byType.get(MeasurementType.SYSTOLIC);
        BigDecimal diastolic = byType.get(MeasurementType.DIASTOLIC);
        if ((systolic == null) != (diastolic == null)) {
            problems.add(new ReportRules.Problem("bloodPressure", "needs both systolic and diastolic"));
        } else if (systolic != null && systolic.compareTo(diastolic) <= 0) {
            problems.add(new ReportRules.Problem("bloodPressure.systolic", "must be above diastolic"));
        }
        return problems;
    }

    private static String unitField(ReportRules.Sent sent) {
        return sent.field().contains(".") ? sent.field().substring(0, sent.field().lastIndexOf('.')) + ".unit"
                : sent.field() + ".unit";
    }
}

package no.mila.dho.measurement.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The traffic-light evaluation of one report against the patient's thresholds: each value against its limits,
 * the weight trend, each symptom answer; the report's zone is the worst of them. Pure: no clock, no I/O.
 */
public final class Evaluator {

    private Evaluator() {
    }

    public static Evaluation evaluate(ReportInput report, ThresholdSet thresholds, List<SymptomQuestion> questionnaire) {
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<MeasurementType, BigDecimal> entry : new java.util.TreeMap<>(report.values()).entrySet()) {
            findings.add(measurement(entry.getKey(), entry.getValue(), thresholds));
        }
        BigDecimal weight = report.values().get(MeasurementType.BODY_WEIGHT);
        if (weight != null && thresholds.weightTrend().isPresent()) {
            weightTrend(report, weight, thresholds.weightTrend().get()).ifPresent(findings::add);
        }
        for (Map.Entry<String, String> answer : new java.util.TreeMap<>(report.answers()).entrySet()) {
            findings.add(symptom(answer.getKey(), answer.getValue(), questionnaire));
        }
        Zone zone = findings.stream().map(Finding::zone).reduce(Zone.GREEN, Zone::worst);
        return new Evaluation(zone, List.copyOf(findings));
    }

    static Finding measurement(MeasurementType type, BigDecimal value, ThresholdSet thresholds) {
        Limits limits = thresholds.limitsOf(type);
        Limits.Classification c = limits.classify(value);
        if (c.zone() != Zone.RED && !RedLimits.evaluable(type, limits, thresholds.weightTrend())) {
            return notEvaluable(type, value);
        }
        if (c.zone() == Zone.GREEN) {
            return new Finding(Finding.Kind.MEASUREMENT, type.name(), value, Zone.GREEN, null, null);
        }
        BigDecimal limit = c.crossedLimit().orElseThrow();
        String unit = type.displayUnit();
        String nb = String.format("%s %s %s er %s den %se grensen %s %s.", type.nameNb(), nb(value), unit,
                c.below() ? "under" : "over", c.zone().norwegian(), nb(limit), unit);
        String en = String.format("%s %s %s is %s the %s limit %s %s", type.nameEn(), en(value), unit,
                c.below() ? "below" : "above", c.zone().name().toLowerCase(), en(limit), unit);
        return new Finding(Finding.Kind.MEASUREMENT, type.name(), value, c.zone(), nb, en);
    }

    /**
     * A value whose type has no red limit on a dangerous side (older data, or a type not measured on purpose)
     * cannot be judged: it is yellow, never green, so that a nurse looks at it before every green report; not
     * red, since no limit says the disease is worsening. Red limits present still make a value red.
     */
    static Finding notEvaluable(MeasurementType type, BigDecimal value) {
        String unit = type.displayUnit();
        String nb = String.format("%s %s %s kan ikke vurderes mot terskelverdiene dine, fordi de mangler en rød grense "
                + "for denne målingen. Oppfølgingstjenesten ser på målingen.", type.nameNb(), nb(value), unit);
        String en = String.format("%s %s %s cannot be evaluated: the thresholds have no red limit for %s (yellow until a "
                + "nurse has looked)", type.nameEn(), en(value), unit, type.name());
        return new Finding(Finding.Kind.NOT_EVALUABLE, type.name(), value, Zone.YELLOW, nb, en);
    }

    static Optional<Finding> weightTrend(ReportInput report, BigDecimal weight, WeightTrendRule rule) {
        Optional<BigDecimal> lowest = report.recentWeights().stream()
                .filter(p -> rule.inWindow(p.measuredAt(), report.measuredAt(), WeightTrendRule.CALENDAR))
                .map(ReportInput.WeightPoint::kg).min(BigDecimal::compareTo);
        if (lowest.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal gain = weight.subtract(lowest.get());
        Zone zone = rule.classify(gain);
        if (zone == Zone.GREEN) {
            return Optional.of(new Finding(Finding.Kind.WEIGHT_TREND, "WEIGHT_GAIN", gain, Zone.GREEN, null, null));
        }
        BigDecimal limit = zone == Zone.RED ? rule.redGainKg() : rule.yellowGainKg();
        String nb = String.format("Vekten din har økt %s kg på %s. En økning på %s kg eller mer gir %s sone.", nb(gain),
                rule.windowDays() == 1 ? "1 dag" : rule.windowDays() + " dager", nb(limit), zone.norwegian());
        String en = String.format("Weight has risen %s kg within %d days (%s limit %s kg)", en(gain), rule.windowDays(),
                zone.name().toLowerCase(), en(limit));
        return Optional.of(new Finding(Finding.Kind.WEIGHT_TREND, "WEIGHT_GAIN", gain, zone, nb, en));
    }

    static Finding symptom(String questionCode, String optionCode, List<SymptomQuestion> questionnaire) {
        SymptomQuestion question = questionnaire.stream().filter(q -> q.code().equals(questionCode)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown question " + questionCode));
        SymptomQuestion.Option option = question.option(optionCode)
                .orElseThrow(() -> new IllegalArgumentException("unknown answer " + optionCode + " to " + questionCode));
        if (option.zone() == Zone.GREEN) {
            return new Finding(Finding.Kind.SYMPTOM, questionCode, null, Zone.GREEN, null, null);
        }
        String nb = String.format("Du svarte «%s» på spørsmålet «%s». Det gir %s sone.", option.textNb(),
                question.textNb(), option.zone().norwegian());
        String en = String.format("%s answered %s, which is %s", questionCode, optionCode,
                option.zone().name().toLowerCase());
        return new Finding(Finding.Kind.SYMPTOM, questionCode, null, option.zone(), nb, en);
    }

    private static String en(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** Norwegian number: decimal comma. */
    private static String nb(BigDecimal value) {
        return en(value).replace('.', ',');
    }
}

package no.mila.dho.measurement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvaluatorTest {

    private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");

    static final List<SymptomQuestion> COPD_QUESTIONS = List.of(
            new SymptomQuestion("BREATHLESSNESS", "Pust", List.of(
                    new SymptomQuestion.Option("AS_USUAL", "Som vanlig", Zone.GREEN),
                    new SymptomQuestion.Option("WORSE", "Litt verre enn vanlig", Zone.YELLOW),
                    new SymptomQuestion.Option("MUCH_WORSE", "Mye verre enn vanlig", Zone.RED))),
            new SymptomQuestion("SPUTUM_COLOUR", "Farge på slim", List.of(
                    new SymptomQuestion.Option("AS_USUAL", "Som vanlig", Zone.GREEN),
                    new SymptomQuestion.Option("YELLOW_GREEN", "Gul eller grønn", Zone.YELLOW))));

    private static Evaluation evaluate(ThresholdSet set, Map<MeasurementType, BigDecimal> values) {
        return Evaluator.evaluate(new ReportInput(NOW, values, Map.of(), List.of()), set, COPD_QUESTIONS);
    }

    private static Map<MeasurementType, BigDecimal> values(Object... typeValue) {
        Map<MeasurementType, BigDecimal> map = new EnumMap<>(MeasurementType.class);
        for (int i = 0; i < typeValue.length; i += 2) {
            map.put((MeasurementType) typeValue[i], new BigDecimal(typeValue[i + 1].toString()));
        }
        return map;
    }

    @ParameterizedTest(name = "COPD {0} {1} -> {2}")
    @CsvSource({
            "SPO2, 100, GREEN", "SPO2, 92, GREEN", "SPO2, 91.9, YELLOW", "SPO2, 91, YELLOW", "SPO2, 88, YELLOW",
            "SPO2, 87.9, RED", "SPO2, 87, RED", "SPO2, 70, RED",
            "PULSE, 39, RED", "PULSE, 40, YELLOW", "PULSE, 49, YELLOW", "PULSE, 50, GREEN", "PULSE, 100, GREEN",
            "PULSE, 101, YELLOW", "PULSE, 120, YELLOW", "PULSE, 121, RED",
            "BODY_TEMPERATURE, 34.9, RED", "BODY_TEMPERATURE, 35.0, YELLOW", "BODY_TEMPERATURE, 35.4, YELLOW",
            "BODY_TEMPERATURE, 35.5, GREEN", "BODY_TEMPERATURE, 38.0, GREEN", "BODY_TEMPERATURE, 38.1, YELLOW",
            "BODY_TEMPERATURE, 39.0, YELLOW", "BODY_TEMPERATURE, 39.1, RED",
            "SYSTOLIC, 89, RED", "SYSTOLIC, 90, YELLOW", "SYSTOLIC, 99, YELLOW", "SYSTOLIC, 100, GREEN",
            "SYSTOLIC, 160, GREEN", "SYSTOLIC, 161, YELLOW", "SYSTOLIC, 180, YELLOW", "SYSTOLIC, 181, RED",
            "DIASTOLIC, 39, RED", "DIASTOLIC, 40, YELLOW", "DIASTOLIC, 49, YELLOW", "DIASTOLIC, 50, GREEN",
            "DIASTOLIC, 100, GREEN", "DIASTOLIC, 101, YELLOW", "DIASTOLIC, 110, YELLOW", "DIASTOLIC, 111, RED",
            "BODY_WEIGHT, 80, YELLOW"})
    void copd_defaults_at_and_around_every_limit(MeasurementType type, String value, Zone expected) {
        assertThat(evaluate(Defaults.COPD, values(type, value)).zone()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "heart failure {0} {1} -> {2}")
    @CsvSource({
            "SYSTOLIC, 89, RED", "SYSTOLIC, 90, YELLOW", "SYSTOLIC, 100, GREEN", "SYSTOLIC, 161, YELLOW",
            "SYSTOLIC, 181, RED", "PULSE, 39, RED", "PULSE, 50, GREEN", "PULSE, 121, RED",
            "SPO2, 94, GREEN", "SPO2, 93, YELLOW", "SPO2, 90, YELLOW", "SPO2, 89, RED",
            "DIASTOLIC, 130, RED", "DIASTOLIC, 80, GREEN", "BODY_TEMPERATURE, 40, YELLOW"})
    void heart_failure_defaults(MeasurementType type, String value, Zone expected) {
        assertThat(evaluate(Defaults.HEART_FAILURE, values(type, value)).zone()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}/{1} -> {2}")
    @CsvSource({"120, 80, GREEN", "165, 80, YELLOW", "120, 105, YELLOW", "165, 105, YELLOW", "185, 80, RED",
            "120, 115, RED", "185, 115, RED", "95, 45, YELLOW", "85, 45, RED", "170, 112, RED"})
    void blood_pressure_is_judged_on_both_values_and_the_worse_wins(int systolic, int diastolic, Zone expected) {
        Evaluation e = evaluate(Defaults.COPD, values(MeasurementType.SYSTOLIC, systolic, MeasurementType.DIASTOLIC, diastolic));
        assertThat(e.zone()).isEqualTo(expected);
        assertThat(e.findings()).hasSize(2);
    }

    @Test
    void the_first_patient_story_spo2_75_and_high_blood_pressure_is_red_with_both_reasons() {
        Evaluation e = evaluate(Defaults.COPD, values(MeasurementType.SPO2, 75, MeasurementType.SYSTOLIC, 185,
                MeasurementType.DIASTOLIC, 95, MeasurementType.PULSE, 88));
        assertThat(e.zone()).isEqualTo(Zone.RED);
        assertThat(e.nonGreen()).extracting(Finding::reasonEn).containsExactlyInAnyOrder(
                "SpO2 75 % is below the red limit 88 %",
                "Systolic blood pressure 185 mmHg is above the red limit 180 mmHg");
        assertThat(e.nonGreen()).extracting(Finding::reasonNb).contains("Oksygenmetning (SpO2) 75 % er under den røde grensen 88 %.");
    }

    @Test
    void norwegian_reasons_use_a_decimal_comma() {
        Evaluation e = evaluate(Defaults.COPD, values(MeasurementType.BODY_TEMPERATURE, "38.6"));
        assertThat(e.nonGreen().get(0).reasonNb()).isEqualTo("Temperatur 38,6 °C er over den gule grensen 38 °C.");
    }

    private static Evaluation weight(String now, Object... earlier) {
        List<ReportInput.WeightPoint> points = new java.util.ArrayList<>();
        for (int i = 0; i < earlier.length; i += 2) {
            points.add(new ReportInput.WeightPoint(NOW.minus(Duration.parse(earlier[i].toString())),
                    new BigDecimal(earlier[i + 1].toString())));
        }
        return Evaluator.evaluate(new ReportInput(NOW, values(MeasurementType.BODY_WEIGHT, now), Map.of(), points),
                Defaults.HEART_FAILURE, List.of());
    }

    @Test
    void a_heart_failure_patient_gaining_2_4_kg_in_three_days_is_yellow() {
        Evaluation e = weight("82.4", "P3D", "80.0", "P2D", "80.6", "P1D", "81.5");
        assertThat(e.zone()).isEqualTo(Zone.YELLOW);
        assertThat(e.nonGreen().get(0).reasonEn()).isEqualTo("Weight has risen 2.4 kg within 3 days (yellow limit 2 kg)");
        assertThat(e.nonGreen().get(0).reasonNb()).isEqualTo("Vekten din har økt 2,4 kg på 3 dager. En økning på 2 kg eller mer gir gul sone.");
    }

    // NOW is 09:00 in Oslo: the window starts at Oslo midnight on 21 November, 81 hours before
    @ParameterizedTest(name = "{0} kg now, {2} kg {1} ago -> {3}")
    @CsvSource({
            "81.9, P2D, 80.0, GREEN", "82.0, P2D, 80.0, YELLOW", "82.9, P2D, 80.0, YELLOW", "83.0, P2D, 80.0, RED",
            "85.0, PT72H, 80.0, RED", "85.0, PT72H1M, 80.0, RED", "85.0, PT81H, 80.0, RED", "85.0, PT81H1M, 80.0, GREEN",
            "78.0, P1D, 80.0, GREEN"})
    void the_weight_trend_counts_gains_from_oslo_midnight_three_calendar_days_before(String now, String ago, String then, Zone expected) {
        assertThat(weight(now, ago, then).zone()).isEqualTo(expected);
    }

    @Test
    void the_gain_is_against_the_lowest_recent_weight_and_no_history_means_no_trend() {
        assertThat(weight("83.0", "P2D", "81.5", "P1D", "80.0").zone()).isEqualTo(Zone.RED);
        assertThat(weight("120.0").findings()).hasSize(1);
        assertThat(Evaluator.evaluate(new ReportInput(NOW, values(MeasurementType.BODY_WEIGHT, 90), Map.of(),
                List.of(new ReportInput.WeightPoint(NOW.minus(Duration.ofDays(1)), new BigDecimal("70")))),
                Defaults.COPD, List.of()).zone()).as("COPD has no trend rule: a weight is not evaluable").isEqualTo(Zone.YELLOW);
    }

    @ParameterizedTest(name = "{0}={1} -> {2}")
    @CsvSource({"BREATHLESSNESS, AS_USUAL, GREEN", "BREATHLESSNESS, WORSE, YELLOW", "BREATHLESSNESS, MUCH_WORSE, RED",
            "SPUTUM_COLOUR, YELLOW_GREEN, YELLOW"})
    void symptom_answers_give_their_zone(String question, String answer, Zone expected) {
        Evaluation e = Evaluator.evaluate(new ReportInput(NOW, Map.of(), Map.of(question, answer), List.of()),
                Defaults.COPD, COPD_QUESTIONS);
        assertThat(e.zone()).isEqualTo(expected);
    }

    @Test
    void a_red_symptom_makes_a_green_report_red() {
        Evaluation e = Evaluator.evaluate(new ReportInput(NOW, values(MeasurementType.SPO2, 97),
                Map.of("BREATHLESSNESS", "MUCH_WORSE"), List.of()), Defaults.COPD, COPD_QUESTIONS);
        assertThat(e.zone()).isEqualTo(Zone.RED);
        assertThat(e.nonGreen().get(0).reasonNb()).isEqualTo("Du svarte «Mye verre enn vanlig» på spørsmålet «Pust». Det gir rød sone.");
    }

    @Property(tries = 500)
    void the_report_zone_is_the_worst_finding_and_a_red_value_is_never_shown_milder(
            @ForAll("reports") Map<MeasurementType, BigDecimal> report) {
        Evaluation e = evaluate(Defaults.COPD, report);
        Zone worst = report.entrySet().stream()
                .map(v -> expected(Defaults.COPD, v.getKey(), v.getValue()))
                .reduce(Zone.GREEN, Zone::worst);
        assertThat(e.zone()).isEqualTo(worst);
        for (Finding f : e.findings()) {
            assertThat(f.zone().ordinal()).isLessThanOrEqualTo(e.zone().ordinal());
            assertThat(f.zone() == Zone.GREEN).isEqualTo(f.reasonNb() == null);
        }
    }

    /** The zone of one value: its limits' zone, at least yellow when the type has no red limit to judge it by. */
    private static Zone expected(ThresholdSet set, MeasurementType type, BigDecimal value) {
        Zone zone = set.limitsOf(type).classify(value).zone();
        return RedLimits.evaluable(type, set.limitsOf(type), set.weightTrend()) ? zone : zone.worst(Zone.YELLOW);
    }

    @Property(tries = 300)
    void adding_a_measurement_never_makes_a_report_milder(@ForAll("reports") Map<MeasurementType, BigDecimal> report,
                                                          @ForAll("reports") Map<MeasurementType, BigDecimal> more) {
        Map<MeasurementType, BigDecimal> combined = new HashMap<>(more);
        combined.putAll(report);
        assertThat(evaluate(Defaults.COPD, combined).zone().ordinal())
                .isGreaterThanOrEqualTo(evaluate(Defaults.COPD, report).zone().ordinal());
    }

    @Provide
    Arbitrary<Map<MeasurementType, BigDecimal>> reports() {
        return Arbitraries.maps(Arbitraries.of(MeasurementType.class), Arbitraries.integers().between(0, 3000))
                .ofMaxSize(6)
                .map(m -> {
                    Map<MeasurementType, BigDecimal> values = new EnumMap<>(MeasurementType.class);
                    m.forEach((type, n) -> {
                        BigDecimal span = type.possibleMax().subtract(type.possibleMin());
                        values.put(type, type.possibleMin().add(span.multiply(BigDecimal.valueOf(n))
                                .divide(BigDecimal.valueOf(3000), 1, java.math.RoundingMode.HALF_UP)));
                    });
                    return values;
                });
    }
}

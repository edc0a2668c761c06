package no.mila.dho.measurement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The Norwegian reasons and messages a patient reads: whole sentences, in the patient's words. */
class PatientTextTest {

    private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");

    private static String reason(Map<MeasurementType, BigDecimal> values, Map<String, String> answers,
                                 List<ReportInput.WeightPoint> weights) {
        Evaluation e = Evaluator.evaluate(new ReportInput(NOW, values, answers, weights), Defaults.HEART_FAILURE,
                EvaluatorTest.COPD_QUESTIONS);
        assertThat(e.nonGreen()).hasSize(1);
        return e.nonGreen().get(0).reasonNb();
    }

    @ParameterizedTest(name = "{0}={1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "BREATHLESSNESS | WORSE | Du svarte «Litt verre enn vanlig» på spørsmålet «Pust». Det gir gul sone.",
            "BREATHLESSNESS | MUCH_WORSE | Du svarte «Mye verre enn vanlig» på spørsmålet «Pust». Det gir rød sone.",
            "SPUTUM_COLOUR | YELLOW_GREEN | Du svarte «Gul eller grønn» på spørsmålet «Farge på slim». Det gir gul sone."})
    void a_symptom_reason_says_what_the_patient_answered_to_which_question_and_the_zone(String question, String answer,
                                                                                       String expected) {
        assertThat(reason(Map.of(), Map.of(question, answer), List.of())).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "SPO2 | 75 | Oksygenmetning (SpO2) 75 % er under den røde grensen 90 %.",
            "SPO2 | 92.5 | Oksygenmetning (SpO2) 92,5 % er under den gule grensen 94 %.",
            "PULSE | 130 | Puls 130 /min er over den røde grensen 120 /min.",
            "SYSTOLIC | 95 | Systolisk blodtrykk 95 mmHg er under den gule grensen 100 mmHg."})
    void a_measurement_reason_names_the_measurement_in_norwegian_and_starts_with_a_capital(MeasurementType type,
                                                                                          String value, String expected) {
        assertThat(reason(Map.of(type, new BigDecimal(value)), Map.of(), List.of())).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(MeasurementType.class)
    void every_measurement_name_can_start_a_sentence(MeasurementType type) {
        assertThat(Character.isUpperCase(type.nameNb().charAt(0))).isTrue();
    }

    @Test
    void a_weight_trend_reason_says_the_gain_and_from_which_gain_the_zone_begins() {
        List<ReportInput.WeightPoint> twoDaysAgo = List.of(new ReportInput.WeightPoint(NOW.minus(Duration.ofDays(2)),
                new BigDecimal("80.0")));
        assertThat(reason(Map.of(MeasurementType.BODY_WEIGHT, new BigDecimal("83.5")), Map.of(), twoDaysAgo))
                .isEqualTo("Vekten din har økt 3,5 kg på 3 dager. En økning på 3 kg eller mer gir rød sone.");
        ThresholdSet oneDay = new ThresholdSet(Map.of(), java.util.Optional.of(
                new WeightTrendRule(new BigDecimal("1.0"), new BigDecimal("2.0"), 1)));
        Evaluation e = Evaluator.evaluate(new ReportInput(NOW, Map.of(MeasurementType.BODY_WEIGHT, new BigDecimal("81.0")),
                Map.of(), List.of(new ReportInput.WeightPoint(NOW.minus(Duration.ofHours(20)), new BigDecimal("80.0")))),
                oneDay, List.of());
        assertThat(e.nonGreen().get(0).reasonNb())
                .isEqualTo("Vekten din har økt 1 kg på 1 dag. En økning på 1 kg eller mer gir gul sone.");
    }

    @Test
    void on_red_the_patient_is_told_to_call_113_first_then_the_gp_or_legevakt() {
        String emergency = PatientMessages.NOT_AN_EMERGENCY_SERVICE;
        assertThat(emergency).startsWith("Ved akutt tung pust eller brystsmerter: ring 113.");
        assertThat(emergency.indexOf("113")).isLessThan(emergency.indexOf("116 117"));
        assertThat(emergency).contains("fastlegen").endsWith("Oppfølgingstjenesten er ikke en akuttjeneste.");
    }

    @Test
    void the_patient_is_told_to_measure_not_to_measure_themselves() {
        assertThat(PatientMessages.MEASURE_DAILY).isEqualTo("Mål hver dag til målingene dine er i grønn sone igjen.");
    }
}

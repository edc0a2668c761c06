package no.mila.dho.measurement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.mila.dho.patient.domain.EpisodeState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ReportRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");
    private static final LocalDate START = LocalDate.parse("2026-11-02");
    private static final List<ReportRules.Sent> SPO2_95 = List.of(sent(MeasurementType.SPO2, "95", "%"));

    private static ReportRules.Sent sent(MeasurementType type, String value, String unit) {
        return new ReportRules.Sent(type, value == null ? null : new BigDecimal(value), unit, type.name() + ".value");
    }

    private static List<ReportRules.Problem> measuredAt(String at, LocalDate start) {
        return ReportRules.check(Instant.parse(at), NOW, start, SPO2_95, 0);
    }

    private static List<ReportRules.Problem> values(List<ReportRules.Sent> values) {
        return ReportRules.check(NOW, NOW, START, values, 0);
    }

    @Test
    void a_report_measured_now_with_one_good_value_has_no_problem() {
        assertThat(values(SPO2_95)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> accepted {1}")
    @CsvSource({
            "2026-11-24T08:05:00Z, true", "2026-11-24T08:05:00.000000001Z, false", "2026-11-24T08:05:01Z, false",
            "2026-11-24T07:59:59Z, true", "2027-11-24T08:00:00Z, false"})
    void measured_at_may_be_at_most_five_minutes_ahead_of_our_clock(String at, boolean accepted) {
        List<ReportRules.Problem> problems = measuredAt(at, START);
        assertThat(problems.isEmpty()).isEqualTo(accepted);
        if (!accepted) {
            assertThat(problems).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo("measuredAt");
                assertThat(p.message()).isEqualTo("is in the future");
            });
        }
    }

    @ParameterizedTest(name = "start {1}, measured {0} -> accepted {2}")
    @CsvSource({
            // winter time: 7 days before 2 November 2026 is 26 October 00:00 +01:00 (the day after the change to winter time)
            "2026-10-25T23:00:00Z, 2026-11-02, true", "2026-10-25T22:59:59Z, 2026-11-02, false",
            "2026-10-25T22:59:59.999999999Z, 2026-11-02, false",
            "2026-11-01T08:00:00Z, 2026-11-02, true", "2026-10-24T08:00:00Z, 2026-11-02, false",
            // summer time: 7 days before 10 June is 3 June 00:00 +02:00
            "2026-06-02T22:00:00Z, 2026-06-10, true", "2026-06-02T21:59:59Z, 2026-06-10, false",
            // the margin spans the change to summer time (29 March 2026): 24 March 00:00 is still +01:00
            "2026-03-23T23:00:00Z, 2026-03-31, true", "2026-03-23T22:59:59Z, 2026-03-31, false",
            // a start in the future (allocated ahead): the margin counts from the start date all the same
            "2026-11-23T23:00:00Z, 2026-12-01, true", "2026-11-23T22:59:59Z, 2026-12-01, false",
            // far in the past and the first representable day
            "0001-01-01T00:00:00Z, 2026-11-02, false", "1970-01-01T03:25:45Z, 2026-11-02, false"})
    void measured_at_may_be_at_most_seven_calendar_days_in_oslo_before_the_start_of_follow_up(String at, LocalDate start,
                                                                                              boolean accepted) {
        List<ReportRules.Problem> problems = measuredAt(at, start);
        assertThat(problems.isEmpty()).isEqualTo(accepted);
        if (!accepted) {
            assertThat(problems).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo("measuredAt");
                assertThat(p.message()).contains("7 days before the start of the patient's follow-up (" + start + ")");
            });
        }
    }

    @Test
    void the_earliest_time_is_midnight_in_oslo_seven_days_before_the_start() {
        assertThat(ReportRules.earliestMeasuredAt(START)).isEqualTo(Instant.parse("2026-10-25T23:00:00Z"));
        assertThat(ReportRules.earliestMeasuredAt(LocalDate.parse("2026-06-10")))
                .isEqualTo(Instant.parse("2026-06-02T22:00:00Z"));
    }

    @Test
    void a_report_without_values_or_answers_is_refused_and_one_answer_is_enough() {
        assertThat(ReportRules.check(NOW, NOW, START, List.of(), 0))
                .containsExactly(new ReportRules.Problem("body", "a report holds at least one measurement or symptom answer"));
        assertThat(ReportRules.check(NOW, NOW, START, List.of(), 1)).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1} -> accepted {2}")
    @CsvSource({
            "SYSTOLIC, 40, true", "SYSTOLIC, 39.99, false", "SYSTOLIC, 300, true", "SYSTOLIC, 300.01, false",
            "DIASTOLIC, 20, true", "DIASTOLIC, 19.99, false", "DIASTOLIC, 200, true", "DIASTOLIC, 200.01, false",
            "PULSE, 20, true", "PULSE, 19, false", "PULSE, 300, true", "PULSE, 301, false",
            "SPO2, 30, true", "SPO2, 29.9, false", "SPO2, 100, true", "SPO2, 100.1, false",
            "BODY_WEIGHT, 10, true", "BODY_WEIGHT, 9.99, false", "BODY_WEIGHT, 400, true", "BODY_WEIGHT, 400.01, false",
            "BODY_TEMPERATURE, 25, true", "BODY_TEMPERATURE, 24.9, false", "BODY_TEMPERATURE, 45, true",
            "BODY_TEMPERATURE, 45.1, false"})
    void a_value_must_be_physiologically_possible_bounds_included(MeasurementType type, String value, boolean accepted) {
        List<ReportRules.Sent> sent = type == MeasurementType.SYSTOLIC
                ? List.of(sent(type, value, "mmHg"), sent(MeasurementType.DIASTOLIC, "20", "mmHg"))
                : type == MeasurementType.DIASTOLIC
                ? List.of(sent(MeasurementType.SYSTOLIC, "300", "mmHg"), sent(type, value, "mmHg"))
                : List.of(sent(type, value, type.unit()));
        List<ReportRules.Problem> problems = values(sent);
        assertThat(problems.isEmpty()).isEqualTo(accepted);
        if (!accepted) {
            assertThat(problems).extracting(ReportRules.Problem::field).contains(type.name() + ".value");
        }
    }

    @Test
    void a_value_needs_a_number_the_canonical_unit_and_at_most_two_decimals() {
        assertThat(values(List.of(sent(MeasurementType.SPO2, null, "%"))))
                .containsExactly(new ReportRules.Problem("SPO2.value", "is required"));
        assertThat(values(List.of(sent(MeasurementType.SPO2, "95", "percent"))))
                .containsExactly(new ReportRules.Problem("SPO2.unit", "must be %"));
        assertThat(values(List.of(sent(MeasurementType.BODY_WEIGHT, "80.125", "kg"))))
                .containsExactly(new ReportRules.Problem("BODY_WEIGHT.value", "has more than two decimals"));
        assertThat(values(List.of(sent(MeasurementType.BODY_WEIGHT, "80.12", "kg")))).isEmpty();
        assertThat(values(List.of(sent(MeasurementType.BODY_WEIGHT, "80.1200", "kg")))).isEmpty();
    }

    @Test
    void blood_pressure_needs_both_values_and_systolic_above_diastolic() {
        assertThat(values(List.of(sent(MeasurementType.SYSTOLIC, "120", "mmHg"))))
                .containsExactly(new ReportRules.Problem("bloodPressure", "needs both systolic and diastolic"));
        assertThat(values(List.of(sent(MeasurementType.SYSTOLIC, "80", "mmHg"), sent(MeasurementType.DIASTOLIC, "80", "mmHg"))))
                .containsExactly(new ReportRules.Problem("bloodPressure.systolic", "must be above diastolic"));
        assertThat(values(List.of(sent(MeasurementType.SYSTOLIC, "81", "mmHg"), sent(MeasurementType.DIASTOLIC, "80", "mmHg"))))
                .isEmpty();
    }

    private static final List<SymptomQuestion> QUESTIONNAIRE = List.of(
            new SymptomQuestion("BREATHLESSNESS", "Tung pust?", List.of(
                    new SymptomQuestion.Option("AS_USUAL", "Som vanlig", Zone.GREEN),
                    new SymptomQuestion.Option("WORSE", "Verre", Zone.YELLOW),
                    new SymptomQuestion.Option("MUCH_WORSE", "Mye verre", Zone.RED))),
            new SymptomQuestion("SPUTUM_COLOUR", "Farge på slim?", List.of(
                    new SymptomQuestion.Option("CLEAR", "Klart", Zone.GREEN))));

    @ParameterizedTest(name = "{0}")
    @EnumSource(EpisodeState.class)
    void only_an_allocated_started_episode_with_thresholds_in_force_takes_reports(EpisodeState state) {
        boolean allocated = state == EpisodeState.ACTIVE_BASELINE || state == EpisodeState.ACTIVE
                || state == EpisodeState.PAUSED;
        assertThat(ReportRules.takesReports(state, START, true)).isEqualTo(allocated);
        assertThat(ReportRules.takesReports(state, START, false)).as("without a threshold version in force").isFalse();
        assertThat(ReportRules.takesReports(state, null, true)).as("without a start date").isFalse();
    }

    @Test
    void a_patient_without_an_open_episode_takes_no_reports() {
        assertThat(ReportRules.takesReports(null, START, true)).isFalse();
        assertThat(ReportRules.takesReports(null, null, false)).isFalse();
    }

    @Test
    void a_paused_patient_still_takes_reports() {
        assertThat(ReportRules.takesReports(EpisodeState.PAUSED, START, true)).isTrue();
    }

    @Test
    void a_note_is_only_for_reports_entered_on_a_patients_behalf() {
        assertThat(ReportRules.note(false, "Lest opp på telefon"))
                .contains(new ReportRules.Problem("note", "is only for reports entered on a patient's behalf"));
        assertThat(ReportRules.note(false, "")).as("even an empty note").isPresent();
        assertThat(ReportRules.note(false, null)).isEmpty();
        assertThat(ReportRules.note(true, "Lest opp på telefon")).isEmpty();
        assertThat(ReportRules.note(true, null)).isEmpty();
    }

    @Test
    void an_answer_must_be_an_option_of_a_question_of_the_patients_questionnaire() {
        assertThat(ReportRules.symptoms(Map.of("BREATHLESSNESS", "WORSE", "SPUTUM_COLOUR", "CLEAR"), QUESTIONNAIRE))
                .isEmpty();
        assertThat(ReportRules.symptoms(Map.of(), QUESTIONNAIRE)).isEmpty();
        assertThat(ReportRules.symptoms(Map.of("HEADACHE", "YES"), QUESTIONNAIRE)).containsExactly(
                new ReportRules.Problem("symptoms.HEADACHE", "is not a question of the patient's questionnaire"));
        assertThat(ReportRules.symptoms(Map.of("BREATHLESSNESS", "TERRIBLE"), QUESTIONNAIRE)).containsExactly(
                new ReportRules.Problem("symptoms.BREATHLESSNESS", "must be one of [AS_USUAL, WORSE, MUCH_WORSE]"));
        assertThat(ReportRules.symptoms(Map.of("BREATHLESSNESS", "as_usual"), QUESTIONNAIRE))
                .as("codes are exact").hasSize(1);
        assertThat(ReportRules.symptoms(Map.of("BREATHLESSNESS", "AS_USUAL"), List.of()))
                .as("a pathway without a questionnaire takes no answers").hasSize(1);
    }

    @Test
    void all_problems_of_a_report_come_together_time_and_values_first_then_the_answers_in_their_order() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("HEADACHE", "YES");
        answers.put("BREATHLESSNESS", "TERRIBLE");
        List<ReportRules.Problem> problems = ReportRules.problems(NOW.plusSeconds(3600), NOW, START,
                List.of(sent(MeasurementType.SPO2, "101", "%")), answers, QUESTIONNAIRE);
        assertThat(problems).extracting(ReportRules.Problem::field)
                .containsExactly("measuredAt", "SPO2.value", "symptoms.HEADACHE", "symptoms.BREATHLESSNESS");
    }

    @Test
    void answers_alone_make_a_report_and_are_checked_against_the_questionnaire() {
        assertThat(ReportRules.problems(NOW, NOW, START, List.of(), Map.of("BREATHLESSNESS", "AS_USUAL"), QUESTIONNAIRE))
                .isEmpty();
        assertThat(ReportRules.problems(NOW, NOW, START, List.of(), Map.of(), QUESTIONNAIRE))
                .extracting(ReportRules.Problem::field).containsExactly("body");
    }

    @Test
    void the_values_by_type_leave_out_a_value_without_a_number() {
        assertThat(ReportRules.byType(List.of(sent(MeasurementType.SPO2, "95", "%"), sent(MeasurementType.PULSE, null,
                "/min")))).containsExactly(Map.entry(MeasurementType.SPO2, new BigDecimal("95")));
    }

    @Test
    void a_unit_error_names_the_unit_field_next_to_the_value_field() {
        assertThat(values(List.of(new ReportRules.Sent(MeasurementType.SYSTOLIC, new BigDecimal("120"), "kPa",
                "bloodPressure.systolic"), new ReportRules.Sent(MeasurementType.DIASTOLIC, new BigDecimal("80"), "kPa",
                "bloodPressure.diastolic")))).extracting(ReportRules.Problem::field)
                .containsExactly("bloodPressure.unit", "bloodPressure.unit");
        assertThat(values(List.of(new ReportRules.Sent(MeasurementType.PULSE, new BigDecimal("70"), "bpm", "pulse"))))
                .containsExactly(new ReportRules.Problem("pulse.unit", "must be /min"));
    }

    @Test
    void an_impossible_value_says_the_possible_range_and_is_not_also_told_about_its_decimals() {
        assertThat(values(List.of(sent(MeasurementType.SPO2, "100.125", "%"))))
                .containsExactly(new ReportRules.Problem("SPO2.value", "must be between 30 and 100 %"));
    }
}

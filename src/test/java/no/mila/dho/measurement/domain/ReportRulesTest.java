package no.mila.dho.measurement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
}

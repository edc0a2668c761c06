package no.mila.dho.benefit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The worst values a coordinator can send, each named by its field. */
class ReportRulesTest {

    static final Quarter Q2 = new Quarter(2026, 2);
    static final YearMonth APR = YearMonth.of(2026, 4);
    static final YearMonth MAY = YearMonth.of(2026, 5);
    static final YearMonth JUN = YearMonth.of(2026, 6);
    static final Set<YearMonth> ALL = Set.of(APR, MAY, JUN);
    static final YearMonth LATER = YearMonth.of(2026, 12);

    private static List<Violation> check(MonthFigures... months) {
        return ReportRules.check(Q2, List.of(months), ALL, LATER);
    }

    @Test
    void a_full_quarter_within_the_bounds_is_accepted() {
        assertThat(check(new MonthFigures(APR, 240, 8, 2, 5), new MonthFigures(MAY, 0, 0, 0, 0),
                new MonthFigures(JUN, 50_000, 1_000, 15, 15))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "-1, 0, 0, 0, months[0].homeNursingMinutes, must not be negative",
            "0, -1, 0, 0, months[0].homeNursingVisits, must not be negative",
            "0, 0, -1, 0, months[0].kadDays, must not be negative",
            "0, 0, 0, -1, months[0].shortTermDays, must not be negative",
            "50001, 0, 0, 0, months[0].homeNursingMinutes, must be at most 50000",
            "0, 1001, 0, 0, months[0].homeNursingVisits, must be at most 1000",
            "0, 0, 31, 0, months[0].kadDays, must be at most 30",
            "0, 0, 0, 31, months[0].shortTermDays, must be at most 30",
            "0, 0, 20, 11, months[0].shortTermDays, KAD and short-term days together exceed the 30 days of 2026-04"})
    void a_worst_value_is_named_by_its_field(int minutes, int visits, int kad, int shortTerm, String field,
                                           String message) {
        assertThat(check(new MonthFigures(APR, minutes, visits, kad, shortTerm)))
                .containsExactly(new Violation(field, message));
    }

    @Test
    void february_has_28_days_in_2026_and_29_in_2028() {
        Quarter q1 = new Quarter(2026, 1);
        YearMonth feb = YearMonth.of(2026, 2);
        assertThat(ReportRules.check(q1, List.of(new MonthFigures(feb, 0, 0, 29, 0)), Set.of(feb), LATER))
                .containsExactly(new Violation("months[0].kadDays", "must be at most 28"));
        YearMonth leap = YearMonth.of(2028, 2);
        assertThat(ReportRules.check(new Quarter(2028, 1), List.of(new MonthFigures(leap, 0, 0, 29, 0)),
                Set.of(leap), YearMonth.of(2028, 12))).isEmpty();
    }

    @Test
    void a_month_outside_the_quarter_is_rejected() {
        assertThat(check(new MonthFigures(APR, 0, 0, 0, 0), new MonthFigures(YearMonth.of(2026, 7), 0, 0, 0, 0)))
                .containsExactly(new Violation("months[1].month", "must be a month of 2026-K2"));
        assertThat(check(new MonthFigures(YearMonth.of(2025, 4), 0, 0, 0, 0)))
                .containsExactly(new Violation("months[0].month", "must be a month of 2026-K2"));
    }

    @Test
    void a_month_given_twice_is_rejected() {
        assertThat(check(new MonthFigures(MAY, 0, 0, 0, 0), new MonthFigures(MAY, 1, 1, 0, 0)))
                .containsExactly(new Violation("months[1].month", "is given twice"));
    }

    @Test
    void a_month_in_which_the_patient_was_not_followed_up_is_rejected() {
        assertThat(ReportRules.check(Q2, List.of(new MonthFigures(APR, 0, 0, 0, 0)), Set.of(MAY, JUN), LATER))
                .containsExactly(new Violation("months[0].month", "the patient was not followed up in 2026-04"));
    }

    @Test
    void a_month_not_yet_begun_cannot_be_reported() {
        assertThat(ReportRules.check(Q2, List.of(new MonthFigures(APR, 0, 0, 0, 0), new MonthFigures(MAY, 0, 0, 0,
                0)), ALL, APR)).containsExactly(new Violation("months[1].month", "has not begun"));
    }

    @Test
    void every_violation_of_several_months_is_named() {
        assertThat(check(new MonthFigures(APR, -1, 0, 0, 0), new MonthFigures(MAY, 0, -2, 40, 0)))
                .extracting(Violation::field)
                .containsExactly("months[0].homeNursingMinutes", "months[1].homeNursingVisits", "months[1].kadDays");
    }

    @Property
    void figures_within_the_month_are_always_accepted(@ForAll @IntRange(min = 0, max = 50_000) int minutes,
                                                      @ForAll @IntRange(min = 0, max = 1_000) int visits,
                                                      @ForAll @IntRange(min = 0, max = 31) int kad,
                                                      @ForAll @IntRange(min = 0, max = 31) int shortTerm) {
        List<Violation> violations = check(new MonthFigures(MAY, minutes, visits, kad, shortTerm));
        assertThat(violations.isEmpty()).isEqualTo(kad + shortTerm <= 31);
    }
}

package no.mila.dho.benefit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReminderRuleTest {

    @Test
    void the_day_after_a_quarter_ends_reminds_of_it_due_14_days_after_its_last_day() {
        assertThat(ReminderRule.quarterToRemind(LocalDate.of(2026, 7, 1))).isEqualTo(new Quarter(2026, 2));
        assertThat(ReminderRule.quarterToRemind(LocalDate.of(2026, 9, 30))).isEqualTo(new Quarter(2026, 2));
        assertThat(ReminderRule.quarterToRemind(LocalDate.of(2027, 1, 2))).isEqualTo(new Quarter(2026, 4));
        assertThat(ReminderRule.dueOn(new Quarter(2026, 2), 14)).isEqualTo(LocalDate.of(2026, 7, 14));
        assertThat(ReminderRule.dueOn(new Quarter(2026, 4), 14)).isEqualTo(LocalDate.of(2027, 1, 14));
        assertThat(ReminderRule.dueOn(new Quarter(2026, 4), 0)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThatThrownBy(() -> ReminderRule.dueOn(new Quarter(2026, 4), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_patient_is_complete_when_every_month_followed_up_to_now_is_reported() {
        YearMonth apr = YearMonth.of(2026, 4);
        YearMonth may = YearMonth.of(2026, 5);
        YearMonth jun = YearMonth.of(2026, 6);
        ReportStatus partial = ReportStatus.of(Set.of(apr, may, jun), Set.of(may), jun);
        assertThat(partial.due()).containsExactly(apr, may, jun);
        assertThat(partial.missing()).containsExactly(apr, jun);
        assertThat(partial.complete()).isFalse();
        // in May, June is not due yet
        ReportStatus inMay = ReportStatus.of(Set.of(apr, may, jun), Set.of(apr, may), may);
        assertThat(inMay.due()).containsExactly(apr, may);
        assertThat(inMay.complete()).isTrue();
        assertThat(ReportStatus.of(Set.of(), Set.of(), jun).complete()).isTrue();
    }
}

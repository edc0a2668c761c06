package no.mila.dho.benefit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuarterTest {

    @ParameterizedTest
    @CsvSource({"2026-01-01, 1", "2026-03-31, 1", "2026-04-01, 2", "2026-06-30, 2", "2026-07-01, 3",
            "2026-09-30, 3", "2026-10-01, 4", "2026-12-31, 4"})
    void a_day_falls_in_its_quarter(LocalDate day, int quarter) {
        assertThat(Quarter.of(day)).isEqualTo(new Quarter(2026, quarter));
    }

    @Test
    void a_quarter_has_three_months_and_its_first_and_last_days() {
        Quarter q = new Quarter(2026, 2);
        assertThat(q.months()).containsExactly(YearMonth.of(2026, 4), YearMonth.of(2026, 5), YearMonth.of(2026, 6));
        assertThat(q.firstDay()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(q.lastDay()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(q.contains(YearMonth.of(2026, 7))).isFalse();
        assertThat(q.label()).isEqualTo("2026-K2");
    }

    @Test
    void the_quarter_before_the_first_is_the_last_of_the_year_before() {
        assertThat(new Quarter(2027, 1).previous()).isEqualTo(new Quarter(2026, 4));
        assertThat(new Quarter(2026, 3).previous()).isEqualTo(new Quarter(2026, 2));
        assertThat(Quarter.ofYear(2026)).hasSize(4);
    }

    @Test
    void there_is_no_fifth_quarter() {
        assertThatThrownBy(() -> new Quarter(2026, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Quarter(2026, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}

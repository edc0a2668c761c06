package no.mila.dho.shared.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NorwegianCalendarTest {

    @ParameterizedTest
    @CsvSource({"2024,2024-03-31", "2025,2025-04-20", "2026,2026-04-05", "2027,2027-03-28", "2028,2028-04-16",
            "2038,2038-04-25", "2000,2000-04-23"})
    void easter_sunday(int year, LocalDate easter) {
        assertThat(NorwegianCalendar.easterSunday(year)).isEqualTo(easter);
    }

    @ParameterizedTest
    @CsvSource({"2026-01-01", "2026-04-02", "2026-04-03", "2026-04-05", "2026-04-06", "2026-05-01", "2026-05-14",
            "2026-05-17", "2026-05-24", "2026-05-25", "2026-12-25", "2026-12-26", "2027-03-25", "2027-05-06"})
    void public_holidays_are_not_working_days(LocalDate holiday) {
        assertThat(NorwegianCalendar.isPublicHoliday(holiday)).isTrue();
        assertThat(NorwegianCalendar.isWorkingDay(holiday)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"2026-04-01", "2026-04-07", "2026-05-13", "2026-05-18", "2026-12-24", "2026-12-28", "2026-11-24"})
    void ordinary_weekdays_are_working_days(LocalDate day) {
        assertThat(NorwegianCalendar.isWorkingDay(day)).isTrue();
    }

    @Test
    void weekends_and_holidays_move_to_the_next_working_day() {
        assertThat(NorwegianCalendar.onOrAfter(LocalDate.parse("2026-11-28"))).isEqualTo("2026-11-30");
        assertThat(NorwegianCalendar.onOrAfter(LocalDate.parse("2026-04-02"))).isEqualTo("2026-04-07");
        assertThat(NorwegianCalendar.onOrAfter(LocalDate.parse("2026-12-25"))).isEqualTo("2026-12-28");
        assertThat(NorwegianCalendar.onOrAfter(LocalDate.parse("2026-11-24"))).isEqualTo("2026-11-24");
    }

    @Test
    void opening_hours_are_weekdays_nine_to_three_in_oslo() {
        assertThat(NorwegianCalendar.isOpen(oslo("2026-11-24T09:00"))).isTrue();
        assertThat(NorwegianCalendar.isOpen(oslo("2026-11-24T14:59"))).isTrue();
        assertThat(NorwegianCalendar.isOpen(oslo("2026-11-24T15:00"))).isFalse();
        assertThat(NorwegianCalendar.isOpen(oslo("2026-11-24T08:59"))).isFalse();
        assertThat(NorwegianCalendar.isOpen(oslo("2026-11-28T10:00"))).as("Saturday").isFalse();
        assertThat(NorwegianCalendar.isOpen(oslo("2026-05-14T10:00"))).as("Ascension Day").isFalse();
        // summer time: 09:00 in Oslo is 07:00 UTC
        assertThat(NorwegianCalendar.isOpen(Instant.parse("2026-06-10T07:00:00Z"))).isTrue();
        assertThat(NorwegianCalendar.isOpen(Instant.parse("2026-06-10T06:59:00Z"))).isFalse();
    }

    static Instant oslo(String local) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(local), NorwegianCalendar.OSLO).toInstant();
    }

    @ParameterizedTest(name = "{0} to {1}: {2} min open")
    @CsvSource({
            // within one working day (Wednesday 2 December 2026), before, during and after opening hours
            "2026-12-02T10:00, 2026-12-02T11:30, 90",
            "2026-12-02T07:00, 2026-12-02T10:00, 60",
            "2026-12-02T14:00, 2026-12-02T20:00, 60",
            "2026-12-02T15:00, 2026-12-03T09:00, 0",
            // Friday afternoon to Monday morning: the weekend counts nothing
            "2026-12-04T14:00, 2026-12-07T10:00, 120",
            // over Christmas 2026: 24 December (Thursday) is a working day, 25 (Friday) and 26 December are holidays
            "2026-12-24T08:00, 2026-12-28T08:00, 360",
            // a whole working week
            "2026-11-30T00:00, 2026-12-05T00:00, 1800",
            // the end before the start
            "2026-12-02T11:00, 2026-12-02T10:00, 0"})
    void open_time_between_two_instants_counts_only_the_opening_hours(String from, String to, long minutes) {
        assertThat(NorwegianCalendar.openBetween(oslo(from), oslo(to)).toMinutes()).isEqualTo(minutes);
    }

    @Test
    void open_time_never_exceeds_the_wall_clock_time() {
        Instant from = oslo("2026-03-27T12:34");
        for (int hours = 0; hours < 24 * 20; hours += 7) {
            Instant to = from.plusSeconds(hours * 3600L);
            assertThat(NorwegianCalendar.openBetween(from, to))
                    .isLessThanOrEqualTo(java.time.Duration.between(from, to));
        }
    }
}

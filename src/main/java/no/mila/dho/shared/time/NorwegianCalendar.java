package no.mila.dho.shared.time;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Working days and opening hours of the follow-up service: Monday to Friday 09:00-15:00 Europe/Oslo, except
 * Norwegian public holidays (helligdager og høytidsdager): New Year's Day, Maundy Thursday, Good Friday, Easter
 * Sunday and Monday, 1 May, 17 May, Ascension Day, Whit Sunday and Monday, Christmas Day and Boxing Day.
 */
public final class NorwegianCalendar {

    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    public static final LocalTime OPENS = LocalTime.of(9, 0);
    public static final LocalTime CLOSES = LocalTime.of(15, 0);

    private NorwegianCalendar() {
    }

    public static boolean isPublicHoliday(LocalDate date) {
        int year = date.getYear();
        LocalDate easter = easterSunday(year);
        // a HashSet: two holidays can fall on the same day (Whit Monday on 17 May in 2027)
        Set<LocalDate> holidays = new HashSet<>(List.of(
                LocalDate.of(year, 1, 1), easter.minusDays(3), easter.minusDays(2), easter, easter.plusDays(1),
                LocalDate.of(year, 5, 1), LocalDate.of(year, 5, 17), easter.plusDays(39), easter.plusDays(49),
                easter.plusDays(50), LocalDate.of(year, 12, 25), LocalDate.of(year, 12, 26)));
        return holidays.contains(date);
    }

    public static boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isPublicHoliday(date);
    }

    /** {@code date} if it is a working day, else the next working day. */
    public static LocalDate onOrAfter(LocalDate date) {
        LocalDate d = date;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** Whether the follow-up service is open at {@code at}: a working day, 09:00 to 15:00 in Oslo. */
    public static boolean isOpen(Instant at) {
        ZonedDateTime local = at.atZone(OSLO);
        LocalTime time = local.toLocalTime();
        return isWorkingDay(local.toLocalDate()) && !time.isBefore(OPENS) && time.isBefore(CLOSES);
    }

    /**
     * How long the follow-up service was open between {@code from} and {@code to} ({@link #isOpen}: working days,
     * 09:00 to 15:00 in Oslo), e.g. how many of its working hours an alert has waited. Zero when {@code to} is not
     * after {@code from}.
     */
    public static Duration openBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration open = Duration.ZERO;
        LocalDate last = to.atZone(OSLO).toLocalDate();
        for (LocalDate day = from.atZone(OSLO).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                Instant opens = latest(day.atTime(OPENS).atZone(OSLO).toInstant(), from);
                Instant closes = earliest(day.atTime(CLOSES).atZone(OSLO).toInstant(), to);
                if (closes.isAfter(opens)) {
                    open = open.plus(Duration.between(opens, closes));
                }
            }
        }
        return open;
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** Easter Sunday of the Gregorian calendar (the anonymous algorithm of Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}

package no.mila.dho.benefit.domain;

import java.time.LocalDate;

/**
 * When the coordinators are reminded of a quarter's benefit reports: the reminder is created once the quarter has
 * ended and is due a number of days after its last day (configuration {@code dho.benefit.reminder-due-days}).
 */
public final class ReminderRule {

    private ReminderRule() {
    }

    /** The quarter whose reminder falls on {@code today}: the one before today's. */
    public static Quarter quarterToRemind(LocalDate today) {
        return Quarter.of(today).previous();
    }

    public static LocalDate dueOn(Quarter quarter, int daysAfterEnd) {
        if (daysAfterEnd < 0) {
            throw new IllegalArgumentException("A reminder is due on or after the quarter's end, not " + daysAfterEnd
                    + " days after");
        }
        return quarter.lastDay().plusDays(daysAfterEnd);
    }
}

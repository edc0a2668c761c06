package no.mila.dho.measurement.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import no.mila.dho.shared.time.NorwegianCalendar;

/**
 * When the follow-up service (oppfølgingstjenesten) next looks at a report, in words for the patient. It follows
 * up on working days (Monday to Friday, not on Norwegian public holidays) from 09:00 to 15:00 Europe/Oslo, as
 * {@link NorwegianCalendar} defines them. Pure: the instant the report was received is a parameter.
 */
public final class FollowUpHours {

    private static final Locale NB = Locale.forLanguageTag("nb-NO");
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH");
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE", NB);
    private static final DateTimeFormatter WEEKDAY_AND_DATE = DateTimeFormatter.ofPattern("EEEE d. MMMM", NB);
    /** Up to this many days ahead (an ordinary weekend) the weekday alone is clear; further ahead the date is added. */
    private static final int WEEKDAY_ALONE_UP_TO = 3;

    private FollowUpHours() {
    }

    /** The follow-up hours, e.g. "mandag til fredag kl. 09-15, men ikke på helligdager". */
    public static String hours() {
        return "mandag til fredag kl. " + HOUR.format(NorwegianCalendar.OPENS) + "-" + HOUR.format(NorwegianCalendar.CLOSES)
                + ", men ikke på helligdager";
    }

    /**
     * Empty while the service follows up (a working day, 09:00-15:00); else when it next does: "i dag fra kl. 09"
     * before 09:00 on a working day, "i morgen fra kl. 09" when that is the next calendar day, the weekday
     * ("mandag fra kl. 09") up to three days ahead, and the weekday and date ("tirsdag 7. april fra kl. 09")
     * further ahead.
     */
    public static Optional<String> nextLook(Instant receivedAt) {
        if (NorwegianCalendar.isOpen(receivedAt)) {
            return Optional.empty();
        }
        ZonedDateTime local = receivedAt.atZone(NorwegianCalendar.OSLO);
        LocalDate today = local.toLocalDate();
        LocalDate next = NorwegianCalendar.isWorkingDay(today) && local.toLocalTime().isBefore(NorwegianCalendar.OPENS)
                ? today : NorwegianCalendar.onOrAfter(today.plusDays(1));
        return Optional.of(day(today, next) + " fra kl. " + HOUR.format(NorwegianCalendar.OPENS));
    }

    private static String day(LocalDate today, LocalDate day) {
        long ahead = ChronoUnit.DAYS.between(today, day);
        if (ahead == 0) {
            return "i dag";
        }
        if (ahead == 1) {
            return "i morgen";
        }
        return (ahead <= WEEKDAY_ALONE_UP_TO ? WEEKDAY : WEEKDAY_AND_DATE).format(day);
    }
}

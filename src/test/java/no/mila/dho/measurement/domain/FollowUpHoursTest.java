package no.mila.dho.measurement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import no.mila.dho.shared.time.NorwegianCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FollowUpHoursTest {

    private static Instant oslo(String local) {
        return LocalDateTime.parse(local).atZone(NorwegianCalendar.OSLO).toInstant();
    }

    @ParameterizedTest(name = "received {0} (Oslo): looked at ''{1}''")
    @CsvSource(nullValues = "OPEN", value = {
            "2026-03-30T09:00, OPEN", // Monday, within the hours
            "2026-03-30T14:59, OPEN",
            "2026-12-24T14:00, OPEN", // Christmas Eve is a working day
            "2026-03-30T08:59, i dag fra kl. 09", // before 09 on a working day
            "2026-03-30T00:00, i dag fra kl. 09",
            "2026-03-30T15:00, i morgen fra kl. 09", // after 15 on a working day
            "2026-03-30T23:59, i morgen fra kl. 09",
            "2026-03-27T15:00, mandag fra kl. 09", // Friday afternoon: the ordinary weekend
            "2026-03-28T12:00, mandag fra kl. 09", // Saturday
            "2026-03-29T03:30, i morgen fra kl. 09", // Sunday, the day of 23 hours
            "2026-04-01T15:00, tirsdag 7. april fra kl. 09", // Wednesday before Easter: 6 days ahead, with the date
            "2026-04-02T10:00, tirsdag 7. april fra kl. 09", // Maundy Thursday
            "2026-04-03T10:00, tirsdag 7. april fra kl. 09", // Good Friday: 4 days ahead
            "2026-04-04T10:00, tirsdag fra kl. 09", // Easter Saturday: 3 days ahead
            "2026-04-06T08:00, i morgen fra kl. 09", // Easter Monday
            "2026-04-07T08:00, i dag fra kl. 09",
            "2026-05-13T16:00, fredag fra kl. 09", // the eve of Ascension Day
            "2026-12-24T15:00, mandag 28. desember fra kl. 09", // Christmas: Friday 25 is a holiday, then a weekend
            "2026-12-25T10:00, mandag fra kl. 09",
            "2026-12-31T16:00, mandag 4. januar fra kl. 09", // New Year's Day on a Friday
            "2027-05-14T16:00, tirsdag 18. mai fra kl. 09", // Whit Monday on 17 May
            "2026-10-25T02:30, i morgen fra kl. 09"}) // Sunday, the day of 25 hours
    void the_follow_up_service_next_looks_on_the_next_working_day_from_nine(String received, String expected) {
        assertThat(FollowUpHours.nextLook(oslo(received)).orElse(null)).isEqualTo(expected);
    }

    @Test
    void within_the_hours_the_patient_is_told_the_hours() {
        assertThat(PatientMessages.followUp(oslo("2026-03-30T10:00"))).isEqualTo(
                "Oppfølgingstjenesten ser på målingene dine mandag til fredag kl. 09-15, men ikke på helligdager.");
    }

    @Test
    void outside_the_hours_the_patient_is_told_when_the_service_next_looks_and_the_hours() {
        assertThat(PatientMessages.followUp(oslo("2026-03-27T18:00"))).isEqualTo(
                "Oppfølgingstjenesten ser på målingen din mandag fra kl. 09. Den ser på målingene mandag til fredag "
                        + "kl. 09-15, men ikke på helligdager.");
    }
}

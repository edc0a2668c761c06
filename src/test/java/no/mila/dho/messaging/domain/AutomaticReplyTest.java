package no.mila.dho.messaging.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import no.mila.dho.measurement.domain.PatientMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AutomaticReplyTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final String HOURS = "Oppfølgingstjenesten leser meldinger mandag til fredag kl. 09-15, men ikke på "
            + "helligdager.";

    private static Instant oslo(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(OSLO).toInstant();
    }

    @ParameterizedTest(name = "{0} (Oslo) -> read {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-30T08:59:59 | i dag fra kl. 09
            2026-11-30T00:00    | i dag fra kl. 09
            2026-11-30T15:00    | i morgen fra kl. 09
            2026-11-30T23:59:59 | i morgen fra kl. 09
            2026-12-03T22:00    | i morgen fra kl. 09
            2026-12-04T15:00    | mandag fra kl. 09
            2026-12-05T12:00    | mandag fra kl. 09
            2026-12-06T23:59    | i morgen fra kl. 09
            2026-12-24T16:00    | mandag 28. desember fra kl. 09
            2026-12-25T10:00    | mandag fra kl. 09
            2026-04-01T15:30    | tirsdag 7. april fra kl. 09
            2026-04-02T10:00    | tirsdag 7. april fra kl. 09
            2026-04-06T10:00    | i morgen fra kl. 09
            2026-12-31T15:00    | mandag 4. januar fra kl. 09
            2027-05-14T15:00    | tirsdag 18. mai fra kl. 09
            2026-05-13T15:00    | fredag fra kl. 09
            2026-03-27T15:00    | mandag fra kl. 09
            2026-03-29T02:30    | i morgen fra kl. 09
            2026-03-30T08:59    | i dag fra kl. 09
            2026-10-25T02:30    | i morgen fra kl. 09
            2026-10-26T08:59    | i dag fra kl. 09
            """)
    void outside_the_follow_up_hours_the_reply_says_when_the_message_will_be_read(String sent, String when) {
        assertThat(AutomaticReply.to(oslo(sent))).isEqualTo(AutomaticReply.THANKS + " Meldingen din blir lest " + when
                + ". " + HOURS + " " + PatientMessages.NOT_AN_EMERGENCY_SERVICE);
    }

    @ParameterizedTest(name = "{0} (Oslo) is within the follow-up hours")
    @CsvSource({"2026-11-30T09:00", "2026-11-30T12:00", "2026-11-30T14:59:59", "2026-12-04T14:59",
            "2026-12-24T10:00", "2026-03-30T09:00", "2026-10-26T09:00", "2026-04-07T09:00"})
    void within_the_follow_up_hours_the_reply_gives_the_hours_only(String sent) {
        assertThat(AutomaticReply.to(oslo(sent))).isEqualTo(AutomaticReply.THANKS + " " + HOURS + " "
                + PatientMessages.NOT_AN_EMERGENCY_SERVICE);
    }

    @Test
    void across_the_spring_dst_change_the_oslo_wall_clock_decides_not_utc() {
        // 2026-03-30 is the first Monday of summer time: 09:00 in Oslo is 07:00 UTC, no longer 08:00 UTC
        assertThat(AutomaticReply.to(Instant.parse("2026-03-30T06:59:59Z"))).contains("i dag fra kl. 09");
        assertThat(AutomaticReply.to(Instant.parse("2026-03-30T07:00:00Z"))).doesNotContain("blir lest");
        // and back in winter time 09:00 in Oslo is 08:00 UTC
        assertThat(AutomaticReply.to(Instant.parse("2026-10-26T07:59:59Z"))).contains("i dag fra kl. 09");
        assertThat(AutomaticReply.to(Instant.parse("2026-10-26T08:00:00Z"))).doesNotContain("blir lest");
    }

    @Test
    void every_reply_says_the_service_is_not_an_emergency_service_with_the_numbers_to_call() {
        for (String sent : new String[] {"2026-11-30T10:00", "2026-11-30T20:00", "2026-12-25T03:00"}) {
            assertThat(AutomaticReply.to(oslo(sent)))
                    .contains("ikke en akuttjeneste").contains("113").contains("116 117").contains("fastlegen");
        }
    }
}

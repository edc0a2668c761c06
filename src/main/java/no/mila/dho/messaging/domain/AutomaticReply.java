package no.mila.dho.messaging.domain;

import java.time.Instant;
import no.mila.dho.measurement.domain.FollowUpHours;
import no.mila.dho.measurement.domain.PatientMessages;

/**
 * The reply every patient message gets at once (automatisk svar), in Norwegian (bokmål): the standing text that the
 * follow-up service is not an emergency service ({@link PatientMessages#NOT_AN_EMERGENCY_SERVICE}: 113, fastlege,
 * legevakt 116 117), and when the message will be read. Messages are read in the follow-up hours
 * ({@link FollowUpHours}: working days 09:00-15:00 Europe/Oslo), so outside them the reply names the next time the
 * service reads ("i morgen fra kl. 09"). Pure: the instant the message was sent is a parameter.
 */
public final class AutomaticReply {

    static final String THANKS = "Takk for meldingen din.";

    private AutomaticReply() {
    }

    public static String to(Instant sentAt) {
        String hours = "Oppfølgingstjenesten leser meldinger " + FollowUpHours.hours() + ".";
        String when = FollowUpHours.nextLook(sentAt)
                .map(next -> "Meldingen din blir lest " + next + ". " + hours)
                .orElse(hours);
        return THANKS + " " + when + " " + PatientMessages.NOT_AN_EMERGENCY_SERVICE;
    }
}

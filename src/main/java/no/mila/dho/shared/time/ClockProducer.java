package no.mila.dho.shared.time;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The application's clock (UTC instants). Everything that depends on "now" takes it from here, so that tests
 * can control time. Calendar rules (working days, opening hours) use {@link #OSLO}.
 */
public class ClockProducer {

    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    /** Today's date in Norway by {@code clock}. */
    public static java.time.LocalDate today(Clock clock) {
        return java.time.LocalDate.now(clock.withZone(OSLO));
    }

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}

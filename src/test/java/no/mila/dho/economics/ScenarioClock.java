package no.mila.dho.economics;

import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock in {@link SettlementScenarioTest}: set by the test, so that the scenario does not depend
 * on the day it runs. The targets of the year are entered "before the year" (2026-12-02) and the year is settled
 * "after it" (2028-01-10), on whatever date the test actually runs.
 */
final class ScenarioClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    private ScenarioClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    static ScenarioClock at(String instant) {
        return new ScenarioClock(new AtomicReference<>(Instant.parse(instant)), ZoneOffset.UTC);
    }

    /** Every view of this clock (any zone) moves with it. */
    void moveTo(String instant) {
        now.set(Instant.parse(instant));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new ScenarioClock(now, other);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    /** Enabled by the scenario's test profile in place of {@code ClockProducer}'s system clock. */
    @Alternative
    static class Producer {

        @Produces
        @Singleton
        Clock clock() {
            return at("2026-12-02T11:00:00Z");
        }
    }
}

package no.mila.dho.outbox.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import no.mila.dho.outbox.domain.RetryPolicy;

/** The delivery worker's tunables ({@code dho.outbox.*}; docs/outbox.md). */
@ConfigMapping(prefix = "dho.outbox")
public interface OutboxConfig {

    /** Failed attempts after which a message is parked as FAILED. */
    @WithDefault("10")
    int maxAttempts();

    /** The delay after the first failed attempt; doubled after each further one. */
    @WithDefault("30s")
    Duration retryBase();

    /** The longest delay between two attempts. */
    @WithDefault("1h")
    Duration retryCap();

    /** How often the worker runs ({@code off} in tests, which call it directly). */
    @WithDefault("5s")
    String deliverEvery();

    /** At most this many attempts per run of the worker (the next run goes on). */
    @WithDefault("1000")
    int maxPerRun();

    default RetryPolicy retryPolicy() {
        return new RetryPolicy(maxAttempts(), retryBase(), retryCap());
    }
}

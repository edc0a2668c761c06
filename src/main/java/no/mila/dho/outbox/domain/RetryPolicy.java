package no.mila.dho.outbox.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a message that failed to be delivered is tried again: after {@code base × 2^(attempts-1)}, at most {@code cap},
 * with jitter (a random share of up to half the delay is taken off, so that replicas and messages that failed together
 * do not all come back at the same moment); after {@code maxAttempts} failed attempts, never: the message is parked
 * as FAILED.
 */
public record RetryPolicy(int maxAttempts, Duration base, Duration cap) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("base must be positive and cap at least base");
        }
    }

    /**
     * The time of the next attempt after the {@code attempts}-th failed one (1 = the first attempt failed), at
     * {@code failedAt}, with {@code random} in [0, 1); empty when the message is to be parked as FAILED.
     */
    public Optional<Instant> nextAttempt(int attempts, Instant failedAt, double random) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts counts the failed attempts: at least 1");
        }
        if (random < 0 || random >= 1) {
            throw new IllegalArgumentException("random must be in [0, 1)");
        }
        if (attempts >= maxAttempts) {
            return Optional.empty();
        }
        return Optional.of(failedAt.plus(delay(attempts, random)));
    }

    /** The delay after the {@code attempts}-th failure: between half and all of the capped exponential delay. */
    Duration delay(int attempts, double random) {
        long capMillis = cap.toMillis();
        long exponential = attempts > 62 ? capMillis
                : Math.min(capMillis, saturatingShift(base.toMillis(), attempts - 1));
        long jitter = (long) (exponential / 2.0 * random);
        return Duration.ofMillis(exponential - jitter);
    }

    private static long saturatingShift(long value, int shift) {
        return value > (Long.MAX_VALUE >> shift) ? Long.MAX_VALUE : value << shift;
    }
}

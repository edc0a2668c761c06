package no.mila.dho.outbox.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryPolicyTest {

    static final Instant T = Instant.parse("2026-12-01T10:00:00Z");
    static final RetryPolicy POLICY = new RetryPolicy(10, Duration.ofSeconds(30), Duration.ofHours(1));

    @ParameterizedTest(name = "after failure {0} with random {1}: {2} s")
    @CsvSource({
            "1, 0.0, 30", "1, 0.5, 22.5", "1, 0.999999, 15.001",
            "2, 0.0, 60", "3, 0.0, 120", "4, 0.0, 240", "5, 0.0, 480", "6, 0.0, 960", "7, 0.0, 1920",
            // 30 s x 2^7 = 3840 s is over the cap of one hour
            "8, 0.0, 3600", "8, 0.5, 2700", "9, 0.0, 3600"})
    void the_delay_doubles_up_to_the_cap_less_up_to_half_at_random(int attempts, double random, double seconds) {
        assertThat(POLICY.nextAttempt(attempts, T, random))
                .contains(T.plusMillis(Math.round(seconds * 1000)));
    }

    @Test
    void after_the_last_attempt_the_message_is_parked() {
        assertThat(POLICY.nextAttempt(10, T, 0.3)).isEmpty();
        assertThat(POLICY.nextAttempt(11, T, 0.3)).isEmpty();
        assertThat(new RetryPolicy(1, Duration.ofSeconds(1), Duration.ofSeconds(1)).nextAttempt(1, T, 0)).isEmpty();
    }

    @Test
    void nonsense_is_refused() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> POLICY.nextAttempt(0, T, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> POLICY.nextAttempt(1, T, 1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> POLICY.nextAttempt(1, T, -0.1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void the_next_attempt_is_always_later_and_never_beyond_the_cap(
            @ForAll @IntRange(min = 1, max = 1000) int attempts, @ForAll @DoubleRange(min = 0, max = 1,
            maxIncluded = false) double random) {
        RetryPolicy policy = new RetryPolicy(2000, Duration.ofMillis(1), Duration.ofMinutes(10));
        Instant next = policy.nextAttempt(attempts, T, random).orElseThrow();
        assertThat(next).isAfter(T).isBeforeOrEqualTo(T.plus(Duration.ofMinutes(10)));
    }

    @Property
    void a_later_failure_never_waits_less_than_half_an_earlier_ones_delay(
            @ForAll @IntRange(min = 1, max = 70) int attempts, @ForAll @DoubleRange(min = 0, max = 1,
            maxIncluded = false) double a, @ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false) double b) {
        Duration earlier = POLICY.delay(attempts, a);
        Duration later = POLICY.delay(attempts + 1, b);
        assertThat(later.multipliedBy(2)).isGreaterThanOrEqualTo(earlier);
    }
}

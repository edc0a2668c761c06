package no.mila.dho.worklist.domain;

import static org.assertj.core.api.Assertions.assertThat;

import no.mila.dho.measurement.domain.Zone;
import org.junit.jupiter.api.Test;

/** The worklist's order: red, unread patient messages, yellow, tasks due, green; an alert at the level of its zone. */
class LevelTest {

    @Test
    void red_then_unread_messages_then_yellow_then_tasks_then_green() {
        assertThat(Level.values()).containsExactly(Level.RED, Level.MESSAGE, Level.YELLOW, Level.TASK, Level.GREEN);
    }

    @Test
    void an_alert_is_at_the_level_of_its_zone_and_green_comes_after_the_tasks() {
        assertThat(Level.of(Zone.RED)).isEqualTo(Level.RED);
        assertThat(Level.of(Zone.YELLOW)).isEqualTo(Level.YELLOW);
        assertThat(Level.of(Zone.GREEN)).isEqualTo(Level.GREEN);
        assertThat(Level.of(Zone.GREEN).compareTo(Level.TASK)).isPositive();
    }
}

package no.mila.dho.patient.domain;

import static no.mila.dho.patient.domain.EpisodeState.ACTIVE;
import static no.mila.dho.patient.domain.EpisodeState.ACTIVE_BASELINE;
import static no.mila.dho.patient.domain.EpisodeState.ASSESSED;
import static no.mila.dho.patient.domain.EpisodeState.ENDED;
import static no.mila.dho.patient.domain.EpisodeState.PAUSED;
import static no.mila.dho.patient.domain.EpisodeState.REFERRED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EpisodeStateTest {

    private static final Map<EpisodeState, Set<EpisodeState>> ALLOWED = Map.of(
            REFERRED, EnumSet.of(ASSESSED, ENDED),
            ASSESSED, EnumSet.of(ACTIVE_BASELINE, ENDED),
            ACTIVE_BASELINE, EnumSet.of(ACTIVE, ENDED),
            ACTIVE, EnumSet.of(PAUSED, ENDED),
            PAUSED, EnumSet.of(ACTIVE, ENDED),
            ENDED, EnumSet.noneOf(EpisodeState.class));

    @Test
    void every_pair_of_states_is_allowed_exactly_as_the_pathway_says() {
        for (EpisodeState from : EpisodeState.values()) {
            for (EpisodeState to : EpisodeState.values()) {
                assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(ALLOWED.get(from).contains(to));
            }
        }
    }

    @Test
    void ended_is_final_and_the_only_closed_state() {
        assertThat(ENDED.successors()).isEmpty();
        assertThat(EnumSet.allOf(EpisodeState.class).stream().filter(s -> !s.isOpen())).containsExactly(ENDED);
    }

    @Test
    void the_open_states_for_entity_queries_are_all_but_ended() {
        assertThat(EpisodeState.openStates()).isEqualTo(EnumSet.complementOf(EnumSet.of(ENDED)));
    }

    @Test
    void only_baseline_and_active_are_followed_up() {
        assertThat(EnumSet.allOf(EpisodeState.class).stream().filter(EpisodeState::isFollowedUp))
                .containsExactly(ACTIVE_BASELINE, ACTIVE);
    }

    @Test
    void baseline_active_and_paused_are_allocated_and_take_reports() {
        assertThat(EnumSet.allOf(EpisodeState.class).stream().filter(EpisodeState::isAllocated))
                .containsExactly(ACTIVE_BASELINE, ACTIVE, PAUSED);
    }

    @Test
    void the_names_for_sql_are_the_states_of_each_rule() {
        assertThat(EpisodeState.allocatedNames()).containsExactly("ACTIVE_BASELINE", "ACTIVE", "PAUSED");
        assertThat(EpisodeState.followedUpNames()).containsExactly("ACTIVE_BASELINE", "ACTIVE");
        assertThat(EpisodeState.openNames()).containsExactly("REFERRED", "ASSESSED", "ACTIVE_BASELINE", "ACTIVE", "PAUSED");
    }
}

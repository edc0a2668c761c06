package no.mila.dho.alert.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Who may take over or reassign an alert (or task), and when a claim is idle: every status, against the holder,
 * another nurse and nobody.
 */
class HandOverRulesTest {

    static final Instant CLAIMED_AT = Instant.parse("2026-12-02T08:00:00Z");
    static final Duration IDLE = Duration.ofHours(2);

    static HandlingState state(HandlingStatus status) {
        return switch (status) {
            case OPEN -> new HandlingState(UUID.randomUUID(), UUID.randomUUID(), status, null, null, null, null, null,
                    null, null);
            case CLAIMED -> new HandlingState(UUID.randomUUID(), UUID.randomUUID(), status, "nora", "Sykepleier Nora",
                    CLAIMED_AT, null, null, null, null);
            case CLOSED -> new HandlingState(UUID.randomUUID(), UUID.randomUUID(), status, "nora", "Sykepleier Nora",
                    CLAIMED_AT, "Sykepleier Nora", CLAIMED_AT.plusSeconds(60), Outcome.PATIENT_CONTACTED, "Ringte");
        };
    }

    @Test
    void only_an_item_another_nurse_holds_can_be_taken_over() {
        for (HandlingStatus status : HandlingStatus.values()) {
            for (String me : new String[] {"nora", "kari", null}) {
                boolean allowed = status == HandlingStatus.CLAIMED && !"nora".equals(me);
                assertThat(state(status).refuseTakeOver("alert", me)).as(status + " by " + me)
                        .matches(r -> r.isEmpty() == allowed);
            }
        }
    }

    @Test
    void a_refused_take_over_says_why() {
        assertThat(state(HandlingStatus.OPEN).refuseTakeOver("alert", "kari"))
                .contains("The alert is open; only one another nurse holds can be taken over: claim it");
        assertThat(state(HandlingStatus.CLAIMED).refuseTakeOver("task", "nora")).contains("You hold the task already");
        assertThat(state(HandlingStatus.CLOSED).refuseTakeOver("alert", "kari"))
                .contains("The alert is closed; only one another nurse holds can be taken over");
    }

    @Test
    void an_open_or_claimed_item_can_be_reassigned_to_any_nurse_but_the_one_holding_it() {
        for (HandlingStatus status : HandlingStatus.values()) {
            for (String to : new String[] {"nora", "kari"}) {
                boolean allowed = status == HandlingStatus.OPEN
                        || status == HandlingStatus.CLAIMED && !"nora".equals(to);
                assertThat(state(status).refuseReassign("alert", to)).as(status + " to " + to)
                        .matches(r -> r.isEmpty() == allowed);
            }
        }
        assertThat(state(HandlingStatus.CLAIMED).refuseReassign("alert", "nora"))
                .contains("The alert is claimed by Sykepleier Nora already");
        assertThat(state(HandlingStatus.CLOSED).refuseReassign("task", "kari"))
                .contains("The task is closed; it can be reassigned only while open or claimed");
    }

    @Test
    void a_claim_is_idle_only_once_longer_than_the_limit_has_passed_since_it_came_to_its_holder() {
        HandlingState claimed = state(HandlingStatus.CLAIMED);
        assertThat(claimed.idleAt(CLAIMED_AT.plus(IDLE).minusMillis(1), IDLE)).isFalse();
        assertThat(claimed.idleAt(CLAIMED_AT.plus(IDLE), IDLE)).as("exactly the limit").isFalse();
        assertThat(claimed.idleAt(CLAIMED_AT.plus(IDLE).plusMillis(1), IDLE)).isTrue();
        assertThat(state(HandlingStatus.OPEN).idleAt(CLAIMED_AT.plus(IDLE.multipliedBy(10)), IDLE)).isFalse();
        assertThat(state(HandlingStatus.CLOSED).idleAt(CLAIMED_AT.plus(IDLE.multipliedBy(10)), IDLE))
                .as("a closed item is never released").isFalse();
    }

    @Test
    void the_holder_is_named_only_while_claimed() {
        assertThat(state(HandlingStatus.CLAIMED).holder()).isEqualTo(new HandlingStep.Nurse("nora", "Sykepleier Nora"));
        assertThat(state(HandlingStatus.OPEN).holder()).isNull();
        assertThat(state(HandlingStatus.CLOSED).holder()).isNull();
    }
}

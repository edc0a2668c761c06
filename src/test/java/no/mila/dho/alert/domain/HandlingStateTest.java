package no.mila.dho.alert.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who may claim, release and close an alert (or task): every status, the holder and someone else. */
class HandlingStateTest {

    static HandlingState open() {
        return new HandlingState(UUID.randomUUID(), UUID.randomUUID(), HandlingStatus.OPEN, null, null, null, null,
                null, null, null);
    }

    static HandlingState claimedBy(String subject, String name) {
        return new HandlingState(UUID.randomUUID(), UUID.randomUUID(), HandlingStatus.CLAIMED, subject, name, null,
                null, null, null, null);
    }

    static HandlingState closed() {
        return new HandlingState(UUID.randomUUID(), UUID.randomUUID(), HandlingStatus.CLOSED, "nora", "Nora", null,
                "Nora", null, Outcome.PATIENT_CONTACTED, "Ringte");
    }

    @Test
    void an_open_alert_may_be_claimed_by_anyone_but_not_released_or_closed() {
        assertThat(open().refuseClaim("alert")).isEmpty();
        assertThat(open().refuseRelease("alert", "nora"))
                .contains("Only the nurse holding the alert can release it; it is open");
        assertThat(open().refuseClose("alert", "nora")).contains("Claim the alert before closing it; it is open");
    }

    @Test
    void a_claimed_alert_is_released_and_closed_only_by_its_holder_and_never_claimed_again() {
        HandlingState claimed = claimedBy("nora", "Sykepleier Nora");
        assertThat(claimed.refuseRelease("alert", "nora")).isEmpty();
        assertThat(claimed.refuseClose("alert", "nora")).isEmpty();
        assertThat(claimed.refuseClaim("alert"))
                .contains("The alert is claimed by Sykepleier Nora; it can be claimed only while open");
        assertThat(claimed.refuseClaim("task")).hasValueSatisfying(m -> assertThat(m).startsWith("The task is"));
        assertThat(claimed.refuseRelease("alert", "other"))
                .contains("Only the nurse holding the alert can release it; it is claimed by Sykepleier Nora");
        assertThat(claimed.refuseClose("task", "other"))
                .contains("Claim the task before closing it; it is claimed by Sykepleier Nora");
        assertThat(claimed.refuseClose("alert", null)).isPresent();
    }

    @Test
    void a_closed_alert_takes_no_step_at_all_not_even_from_the_nurse_who_closed_it() {
        assertThat(closed().refuseClaim("alert")).contains("The alert is closed; it can be claimed only while open");
        assertThat(closed().refuseRelease("alert", "nora")).isPresent();
        assertThat(closed().refuseClose("alert", "nora")).contains("Claim the alert before closing it; it is closed");
    }

    @Test
    void closing_with_outcome_other_says_what_was_done() {
        assertThat(HandlingState.needsNote(Outcome.OTHER, null)).isTrue();
        assertThat(HandlingState.needsNote(Outcome.OTHER, "  ")).isTrue();
        assertThat(HandlingState.needsNote(Outcome.OTHER, "Ringte fastlegen")).isFalse();
        for (Outcome outcome : Outcome.values()) {
            if (outcome != Outcome.OTHER) {
                assertThat(HandlingState.needsNote(outcome, null)).as(outcome.name()).isFalse();
            }
        }
    }
}

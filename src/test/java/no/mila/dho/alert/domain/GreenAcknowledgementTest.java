package no.mila.dho.alert.domain;

import static org.assertj.core.api.Assertions.assertThat;

import no.mila.dho.measurement.domain.Zone;
import org.junit.jupiter.api.Test;

/** Only open green alerts of patients without an open message from the GP are acknowledged in bulk. */
class GreenAcknowledgementTest {

    @Test
    void an_open_green_alert_without_a_gp_message_is_acknowledged() {
        assertThat(GreenAcknowledgement.refusal(Zone.GREEN, HandlingStatus.OPEN, false)).isEmpty();
    }

    @Test
    void yellow_and_red_alerts_are_never_acknowledged_in_bulk_whatever_else_holds() {
        for (Zone zone : new Zone[] {Zone.YELLOW, Zone.RED}) {
            for (HandlingStatus status : HandlingStatus.values()) {
                for (boolean gp : new boolean[] {false, true}) {
                    assertThat(GreenAcknowledgement.refusal(zone, status, gp))
                            .contains("Not green: handle it on its own");
                }
            }
        }
    }

    @Test
    void a_green_alert_not_open_is_left_with_its_status() {
        assertThat(GreenAcknowledgement.refusal(Zone.GREEN, HandlingStatus.CLAIMED, false)).contains("Not open (CLAIMED)");
        assertThat(GreenAcknowledgement.refusal(Zone.GREEN, HandlingStatus.CLOSED, true)).contains("Not open (CLOSED)");
    }

    @Test
    void an_open_message_from_the_gp_is_read_first() {
        assertThat(GreenAcknowledgement.refusal(Zone.GREEN, HandlingStatus.OPEN, true))
                .contains("Open message from the GP: read it first");
    }

    @Test
    void acknowledged_alerts_are_closed_as_acknowledged_without_contact() {
        assertThat(GreenAcknowledgement.OUTCOME).isEqualTo(Outcome.ACKNOWLEDGED_WITHOUT_CONTACT);
        assertThat(GreenAcknowledgement.NOTE).isEqualTo("Kvittert ut (grønn)");
    }
}

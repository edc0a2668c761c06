package no.mila.dho.alert.domain;

import java.util.Optional;
import no.mila.dho.measurement.domain.Zone;

/**
 * Acknowledging green alerts in bulk without contact ("kvittert ut"): only open green alerts, and never those of a
 * patient with an open message from the GP (read it first).
 */
public final class GreenAcknowledgement {

    /** The outcome an acknowledged alert is closed with. */
    public static final Outcome OUTCOME = Outcome.ACKNOWLEDGED_WITHOUT_CONTACT;

    /** The note an acknowledged alert is closed with. */
    public static final String NOTE = "Kvittert ut (grønn)";

    private GreenAcknowledgement() {
    }

    /** Why the alert is left for a closer look, or nothing when it may be acknowledged. */
    public static Optional<String> refusal(Zone zone, HandlingStatus status, boolean openGpMessage) {
        if (zone != Zone.GREEN) {
            return Optional.of("Not green: handle it on its own");
        }
        if (status != HandlingStatus.OPEN) {
            return Optional.of("Not open (" + status + ")");
        }
        if (openGpMessage) {
            return Optional.of("Open message from the GP: read it first");
        }
        return Optional.empty();
    }
}

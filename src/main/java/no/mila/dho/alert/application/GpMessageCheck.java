package no.mila.dho.alert.application;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * Which patients have an open message from the GP (their green alerts are not acknowledged in bulk). The worklist
 * keeps those messages and implements this.
 */
public interface GpMessageCheck {

    /** The patients among {@code patientIds} with a message from the GP not yet cleared. */
    Set<UUID> withOpenMessage(Collection<UUID> patientIds);
}

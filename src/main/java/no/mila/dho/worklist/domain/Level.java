package no.mila.dho.worklist.domain;

import no.mila.dho.measurement.domain.Zone;

/**
 * The priority levels of the worklist, in the order the nurses work them: red alerts, unread patient messages,
 * yellow alerts, tasks due, green alerts (to be acknowledged in bulk). An unread message comes before yellow: it may
 * say the patient is worse, and it cannot be triaged without being read (docs/messages.md).
 */
public enum Level {
    RED, MESSAGE, YELLOW, TASK, GREEN;

    /** The level of an alert of {@code zone}. */
    public static Level of(Zone zone) {
        return switch (zone) {
            case RED -> RED;
            case YELLOW -> YELLOW;
            case GREEN -> GREEN;
        };
    }
}

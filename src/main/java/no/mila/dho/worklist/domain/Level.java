package no.mila.dho.worklist.domain;

import no.mila.dho.measurement.domain.Zone;

/**
 * The priority levels of the worklist, in the order the nurses work them: red alerts, yellow alerts, tasks due,
 * green alerts (to be acknowledged in bulk).
 */
public enum Level {
    RED, YELLOW, TASK, GREEN;

    /** The level of an alert of {@code zone}. */
    public static Level of(Zone zone) {
        return switch (zone) {
            case RED -> RED;
            case YELLOW -> YELLOW;
            case GREEN -> GREEN;
        };
    }
}

package no.mila.dho.alert.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where the handling of one kind of worklist item (alerts; the worklist's tasks) is kept by the feature owning it. */
public interface HandledItems {

    /** How messages name one of them: "alert", "task". */
    String item();

    /** The item as it stands, if it exists. */
    Optional<HandlingState> find(UUID id);

    /** The item as it stands, locked until the transaction ends (a second claim waits, then sees the first). */
    Optional<HandlingState> lock(UUID id);

    /** Marks the locked item claimed by the step's actor. */
    void claim(UUID id, HandlingStep step);

    /**
     * Gives the locked item to the nurse the step's hand-over names, if it still stands as the hand-over found it
     * (held by its {@code from}, or open when that is null); returns whether it did.
     */
    boolean handOver(UUID id, HandlingStep step);

    /** At most {@code limit} items claimed before {@code cutoff}, locked; those locked elsewhere are skipped. */
    List<HandlingState> lockClaimedBefore(Instant cutoff, int limit);

    /** Gives the locked item back to the list. */
    void release(UUID id);

    /** Closes the locked item by the step's actor, with its outcome and note. */
    void close(UUID id, HandlingStep step);
}

package no.mila.dho.alert.domain;

import java.util.List;
import java.util.UUID;

/** The append-only trail of the handling of one kind of worklist item. */
public interface HandlingTrail {

    /** Appends a step to the trail of item {@code id}. */
    void append(UUID id, HandlingStep step);

    /** The trail of item {@code id}, oldest first. */
    List<HandlingStep> of(UUID id);
}

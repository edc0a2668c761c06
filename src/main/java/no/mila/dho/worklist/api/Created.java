package no.mila.dho.worklist.api;

import java.util.UUID;

/** The id of what was created. */
public record Created(UUID id) {
}

package no.mila.dho.worklist.api;

import jakarta.validation.constraints.Size;

/** Taking over an item another nurse holds: why (required; e.g. "Nora har gått for dagen"). */
public record TakeOver(@Size(max = 500) String reason) {
}

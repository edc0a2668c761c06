package no.mila.dho.worklist.api;

import jakarta.validation.constraints.Size;

/**
 * Reassigning an item to a nurse: the nurse's token subject (a nurse who has taken a step on the worklist) and why
 * (both required).
 */
public record Reassign(@Size(max = 255) String nurse, @Size(max = 500) String reason) {
}

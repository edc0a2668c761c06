package no.mila.dho.worklist.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Closing a monthly contact as contacted by message: the service's message, and a note. */
public record CloseByMessage(@NotNull UUID messageId, @Size(max = 2000) String note) {
}

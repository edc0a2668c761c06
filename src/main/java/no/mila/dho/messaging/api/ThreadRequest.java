package no.mila.dho.messaging.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import no.mila.dho.messaging.domain.MessageLimits;

/** A new thread: its subject (one line) and its first message. Control characters are refused by StrictJson. */
public record ThreadRequest(
        @NotBlank @Size(max = MessageLimits.SUBJECT) @Pattern(regexp = "[^\\r\\n\\t]*", message = "must be one line")
        String subject,
        @NotBlank @Size(max = MessageLimits.TEXT) String text) {
}

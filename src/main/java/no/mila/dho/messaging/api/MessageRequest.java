package no.mila.dho.messaging.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import no.mila.dho.messaging.domain.MessageLimits;

/** A message to a thread. Control characters other than tab and line breaks are refused by StrictJson. */
public record MessageRequest(@NotBlank @Size(max = MessageLimits.TEXT) String text) {
}

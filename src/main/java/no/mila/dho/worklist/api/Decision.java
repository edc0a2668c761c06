package no.mila.dho.worklist.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import no.mila.dho.worklist.application.SpecialistMeeting;

/** The meeting's outcome for a patient. */
public record Decision(@NotNull SpecialistMeeting.MeetingOutcome outcome, @Size(max = 2000) String note) {
}

package no.mila.dho.worklist.application;

import java.time.Instant;
import java.util.UUID;

/**
 * Fired (synchronously, in the transaction that stores it) when the weekly specialist meeting records its outcome for
 * a patient brought up for {@code department}'s meeting.
 */
public record MeetingOutcomeRecorded(UUID patientId, UUID itemId, String department,
                                     SpecialistMeeting.MeetingOutcome outcome, String note, String bySubject,
                                     String byName, Instant at) {
}

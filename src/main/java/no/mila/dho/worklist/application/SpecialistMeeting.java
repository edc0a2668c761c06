package no.mila.dho.worklist.application;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.mila.dho.patient.application.MeetingAccess;
import no.mila.dho.patient.application.PatientAccess;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;
import no.mila.dho.shared.security.CurrentUser;
import no.mila.dho.worklist.persistence.MeetingItems;

/**
 * The weekly interdisciplinary meeting with the specialists: patients brought up per department (lung, heart),
 * with their latest values and open items, and the meeting's outcome for each.
 */
@ApplicationScoped
public class SpecialistMeeting {

    /** The outcomes the meeting records. */
    public enum MeetingOutcome { PLAN_CHANGED, THRESHOLD_CHANGE_PROPOSED, URGENT_OUTPATIENT_APPOINTMENT, NO_ACTION }

    /** A patient on the meeting's list. */
    public record Entry(UUID id, UUID patientId, String patientName, String department, String reason, String flaggedBy,
                        Instant flaggedAt, long openAlerts, long openTasks,
                        List<WorklistQueries.LatestValue> latestValues) {

        static Entry of(MeetingItems.Waiting w, List<WorklistQueries.LatestValue> latestValues) {
            return new Entry(w.id(), w.patientId(), w.patientName(), w.department(), w.reason(), w.flaggedBy(),
                    w.flaggedAt(), w.openAlerts(), w.openTasks(), latestValues);
        }
    }

    private final MeetingItems items;
    private final PatientAccess access;
    private final CurrentUser user;
    private final Clock clock;
    private final WorklistLines lines;
    private final MeetingAccess meetingAccess;
    private final Event<MeetingOutcomeRecorded> decided;

    public SpecialistMeeting(MeetingItems items, PatientAccess access, CurrentUser user, Clock clock,
                             WorklistLines lines, MeetingAccess meetingAccess, Event<MeetingOutcomeRecorded> decided) {
        this.items = items;
        this.access = access;
        this.user = user;
        this.clock = clock;
        this.lines = lines;
        this.meetingAccess = meetingAccess;
        this.decided = decided;
    }

    @Transactional
    public UUID bringUp(UUID patientId, String department, String reason) {
        access.requireClinical(patientId);
        requireKnown(department);
        UUID id = UUID.randomUUID();
        Instant at = clock.instant();
        items.insert(id, patientId, department, reason, user.subject(), user.displayName(), at);
        meetingAccess.opened(id, patientId, department, at); // the department's specialists see the patient
        return id;
    }

    /** The patients waiting for the meeting of {@code department} that the caller may see, oldest first. */
    public List<Entry> list(String department) {
        requireKnown(department);
        Parameters scopeParams = new Parameters();
        String scope = access.nativeSearchScope(scopeParams);
        List<MeetingItems.Waiting> waiting = items.waiting(department, scope, scopeParams);
        Map<UUID, List<WorklistQueries.LatestValue>> latest = lines.latestValues(
                waiting.stream().map(MeetingItems.Waiting::patientId).distinct().toList());
        return waiting.stream().map(w -> Entry.of(w, latest.getOrDefault(w.patientId(), List.of()))).toList();
    }

    private void requireKnown(String department) {
        if (!items.departmentExists(department)) {
            throw ProblemException.invalid("department", "is not a known hospital department");
        }
    }

    /** Records the outcome; {@link MeetingOutcomeRecorded} is fired in the same transaction. */
    @Transactional
    public void decide(UUID itemId, MeetingOutcome outcome, String note) {
        UUID patientId = items.patientOf(itemId).orElseThrow(() -> ProblemException.notFound("Meeting item " + itemId));
        access.requireClinical(patientId);
        Instant at = clock.instant();
        if (!items.decide(itemId, outcome.name(), note, user.subject(), user.displayName(), at)) {
            throw new ProblemException(ProblemType.CONFLICT, "The meeting already recorded an outcome for this patient");
        }
        meetingAccess.closed(itemId, at); // until the outcome, and no longer
        decided.fire(new MeetingOutcomeRecorded(patientId, itemId, items.departmentOf(itemId), outcome, note,
                user.subject(), user.displayName(), at));
    }
}

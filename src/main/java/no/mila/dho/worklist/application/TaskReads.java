package no.mila.dho.worklist.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.mila.dho.alert.domain.HandlingStatus;
import no.mila.dho.alert.domain.Outcome;
import no.mila.dho.worklist.domain.TaskType;
import no.mila.dho.worklist.persistence.TaskReadStore;

/**
 * Whole follow-up tasks (the cadence tasks of the worklist) with their handling, for other systems (FHIR
 * {@code Task}): by id, and a patient's tasks by due date. No access check here: the caller has passed the patient
 * feature's gate for the patient (reads by id check the patient they find).
 */
@ApplicationScoped
public class TaskReads {

    /**
     * A task: its type, due date, why (Norwegian), when created, and its handling: who holds it (or held it), when
     * claimed, who closed it, when, with what outcome and note.
     */
    public record Task(UUID id, UUID patientId, TaskType type, LocalDate dueDate, String detail,
                       HandlingStatus status, Instant createdAt, String heldBy, Instant claimedAt, String closedBy,
                       Instant closedAt, Outcome outcome, String note, long version) {
    }

    private final TaskReadStore store;

    public TaskReads(TaskReadStore store) {
        this.store = store;
    }

    public Optional<Task> byId(UUID id) {
        return store.byId(id).map(TaskReads::task);
    }

    /**
     * The first {@code limit} of the patient's tasks in {@code statuses}, by due date (then when created, then id),
     * the latest first when {@code descending}.
     */
    public List<Task> first(UUID patientId, Set<HandlingStatus> statuses, boolean descending, int limit) {
        if (statuses.isEmpty() || limit == 0) {
            return List.of();
        }
        return store.first(patientId, names(statuses), descending, limit).stream().map(TaskReads::task).toList();
    }

    /** How many of the patient's tasks are in {@code statuses}. */
    public long count(UUID patientId, Set<HandlingStatus> statuses) {
        return statuses.isEmpty() ? 0 : store.count(patientId, names(statuses));
    }

    private static String[] names(Set<HandlingStatus> statuses) {
        return statuses.stream().map(Enum::name).toArray(String[]::new);
    }

    private static Task task(TaskReadStore.Row r) {
        return new Task(r.id(), r.patientId(), TaskType.valueOf(r.type()), r.dueDate(), r.detail(),
                HandlingStatus.valueOf(r.status()), r.createdAt(), r.heldBy(), r.claimedAt(), r.closedBy(),
                r.closedAt(), r.outcome() == null ? null : Outcome.valueOf(r.outcome()), r.note(), r.version());
    }
}

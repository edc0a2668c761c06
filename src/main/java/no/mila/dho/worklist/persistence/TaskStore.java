package no.mila.dho.worklist.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.mila.dho.shared.persistence.HandlingColumns;
import no.mila.dho.shared.persistence.SqlValues;
import no.mila.dho.worklist.domain.TaskType;

/**
 * The follow-up tasks: their handling columns (handled as alerts are, {@link HandlingColumns}) and the lines of tasks
 * the worklist shows.
 */
@ApplicationScoped
public class TaskStore {

    /** A task on the worklist. */
    public record Line(UUID id, TaskType type, LocalDate dueDate, String detail, Instant createdAt, String status,
                       String claimedBy, String claimedBySubject) {

        static Line of(Tuple t) {
            return new Line(t.get("id", UUID.class), TaskType.valueOf(t.get("type", String.class)),
                    SqlValues.localDate(t.get("due_date")), t.get("detail", String.class),
                    SqlValues.instant(t.get("created_at")), t.get("status", String.class),
                    t.get("claimed_by", String.class), t.get("claimed_by_subject", String.class));
        }
    }

    /** What closing or creating a task needs to know of it. */
    public record Ref(UUID id, UUID patientId, TaskType type, String status) {
    }

    private final EntityManager em;

    public TaskStore(EntityManager em) {
        this.em = em;
    }

    /** The handling columns of the tasks. */
    public HandlingColumns handling() {
        return new HandlingColumns(em, "follow_up_task");
    }

    /** The task, if it exists. */
    @SuppressWarnings("unchecked")
    public Optional<Ref> ref(UUID id) {
        List<Tuple> rows = em.createNativeQuery("SELECT id, patient_id, type, status FROM follow_up_task WHERE id = :id",
                Tuple.class).setParameter("id", id).getResultList();
        return rows.stream().findFirst().map(t -> new Ref(t.get("id", UUID.class), t.get("patient_id", UUID.class),
                TaskType.valueOf(t.get("type", String.class)), t.get("status", String.class)));
    }

    /** Names the service message by which the open task's patient was contacted; false when the task is closed. */
    public boolean recordContactMessage(UUID id, UUID messageId) {
        return em.createNativeQuery("UPDATE follow_up_task SET contact_message_id = :message WHERE id = :id "
                        + "AND status <> 'CLOSED'")
                .setParameter("message", messageId).setParameter("id", id).executeUpdate() > 0;
    }

    /** Creates an open task due {@code due}; false when the patient already has an open task of the type. */
    public boolean insert(UUID id, UUID patientId, UUID episodeId, TaskType type, LocalDate due, String detail,
                          Instant at) {
        return em.createNativeQuery("""
                INSERT INTO follow_up_task (id, patient_id, episode_id, type, period_key, due_date, detail, status,
                                            created_at)
                VALUES (:id, :patient, :episode, :type, :period, :due, :detail, 'OPEN', :at) ON CONFLICT DO NOTHING""")
                .setParameter("id", id).setParameter("patient", patientId).setParameter("episode", episodeId)
                .setParameter("type", type.name()).setParameter("period", "request:" + id)
                .setParameter("due", java.sql.Date.valueOf(due)).setParameter("detail", detail)
                .setParameter("at", java.sql.Timestamp.from(at)).executeUpdate() > 0;
    }

    /** The worklist's lines of the tasks {@code ids}. */
    @SuppressWarnings("unchecked")
    public List<Line> lines(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Tuple> rows = em.createNativeQuery("""
                SELECT id, type, due_date, detail, created_at, status,
                       coalesce(claimed_by_name, claimed_by_subject) AS claimed_by, claimed_by_subject
                  FROM follow_up_task WHERE id = ANY(:ids)""", Tuple.class)
                .setParameter("ids", ids.toArray(UUID[]::new)).getResultList();
        return rows.stream().map(Line::of).toList();
    }
}

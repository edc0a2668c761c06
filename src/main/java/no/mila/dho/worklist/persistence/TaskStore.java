package no.mila.dho.worklist.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
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

    private final EntityManager em;

    public TaskStore(EntityManager em) {
        this.em = em;
    }

    /** The handling columns of the tasks. */
    public HandlingColumns handling() {
        return new HandlingColumns(em, "follow_up_task");
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

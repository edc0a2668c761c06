package no.mila.dho.worklist.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.mila.dho.worklist.domain.Level;
import no.mila.dho.worklist.domain.TaskType;

/**
 * The keys of the worklist, narrow enough to come from indexes alone: each patient's worst open alert (the alert
 * feature's {@code open_alert_view}, over its partial indexes {@code alert_open_worst} by patient and
 * {@code alert_open_in_order} in the worklist's order), the threads with unread patient messages (the index
 * {@code patient_message_unread} behind the messaging feature's {@code unread_patient_message_view}; never claimed,
 * so not under {@code assigned=ME}) and the tasks due of pathways not ended (their cadence no longer applies; alerts
 * stay until handled), filtered through the patient feature's {@code patient_responsibility_view} and
 * {@code episode_view}. The level is {@link Level}'s ordinal; the SQL is in {@link WorklistBranches}.
 *
 * <p>The list is built one level at a time (a branch per level), so that a page never reads more than it shows: each
 * branch walks its index in the worklist's order (oldest first) and stops after {@code offset + size} lines, and the
 * page is the first {@code size} after {@code offset} of those, level by level. An alert is its patient's worst when
 * no other open alert of that patient comes before it in the order of {@code alert_open_worst} (zone rank, then time,
 * then id): the same line {@code DISTINCT ON (patient_id)} over that order would choose. Tasks are walked by due date
 * ({@code follow_up_task_due_in_order}) and kept unless their episode is in a state that is not open (the few ended
 * episodes, from the index on the state, instead of every open episode). The counts per level come from
 * one pass over the open alerts by patient (one worst alert each) when every alert level is counted, and from the
 * level's own branch when only one is.
 */
@ApplicationScoped
public class WorklistKeys {

    /** What to keep; null means any. {@code holder} is the subject holding the item; {@code unassigned} none. */
    public record Criteria(String municipality, String pathway, Level alertLevel, TaskType taskType, String holder,
                           boolean unassigned) {
    }

    /** The key of a line: an alert's, a message thread's or a task's id, its level, its patient. */
    public record Key(String kind, UUID id, Level level, UUID patientId) {

        static Key of(Tuple t) {
            return new Key(t.get("kind", String.class), t.get("id", UUID.class), WorklistKeys.level(t),
                    t.get("patient_id", UUID.class));
        }
    }

    private final EntityManager em;

    public WorklistKeys(EntityManager em) {
        this.em = em;
    }

    /** The keys of one page, in the worklist's order. */
    @SuppressWarnings("unchecked")
    public List<Key> page(Criteria criteria, LocalDate today, int page, int size) {
        WorklistBranches.Filters filters = WorklistBranches.filters(criteria);
        long offset = (long) page * size;
        long reach = offset + size;
        StringBuilder sql = new StringBuilder("SELECT u.kind AS kind, u.id AS id, u.level AS level, "
                + "u.patient_id AS patient_id FROM (");
        String union = "";
        for (Level level : levels(criteria)) {
            sql.append(union).append("(SELECT i.kind, i.id, i.level, i.patient_id, i.sort_at FROM (")
                    .append(WorklistBranches.branch(level, today)).append(") i").append(filters.joins())
                    .append(" WHERE 1 = 1")
                    .append(filters.where()).append(" ORDER BY ").append(WorklistBranches.order(level))
                    .append(" LIMIT ").append(reach).append(')');
            union = " UNION ALL ";
        }
        sql.append(") u ORDER BY u.level, u.sort_at, u.id LIMIT ").append(size).append(" OFFSET ").append(offset);
        List<Tuple> rows = filters.query(em, sql.toString()).getResultList();
        return rows.stream().map(Key::of).toList();
    }

    /** The number of lines of each level (every level, zero where there are none). */
    @SuppressWarnings("unchecked")
    public Map<Level, Long> counts(Criteria criteria, LocalDate today) {
        Map<Level, Long> counts = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            counts.put(level, 0L);
        }
        List<Level> levels = levels(criteria);
        WorklistBranches.Filters filters = WorklistBranches.filters(criteria);
        StringBuilder sql = new StringBuilder("SELECT u.level AS level, u.lines AS lines FROM (");
        String union = "";
        boolean allAlerts = levels.containsAll(List.of(Level.RED, Level.YELLOW, Level.GREEN));
        if (allAlerts) {
            sql.append(count(WorklistBranches.worst(), filters));
            union = " UNION ALL ";
        }
        for (Level level : levels) {
            if (!allAlerts || !isAlert(level)) {
                sql.append(union).append(count(WorklistBranches.branch(level, today), filters));
                union = " UNION ALL ";
            }
        }
        sql.append(") u");
        List<Tuple> rows = filters.query(em, sql.toString()).getResultList();
        rows.forEach(t -> counts.put(level(t), t.get("lines", Number.class).longValue()));
        return counts;
    }

    /** The levels that can have lines under these criteria. */
    private static List<Level> levels(Criteria criteria) {
        if (criteria.alertLevel() != null) {
            return List.of(criteria.alertLevel());
        }
        if (criteria.taskType() != null) {
            return List.of(Level.TASK);
        }
        if (criteria.holder() != null) {
            return List.of(Level.RED, Level.YELLOW, Level.TASK, Level.GREEN);
        }
        return List.of(Level.values());
    }

    private static String count(String branch, WorklistBranches.Filters filters) {
        return "(SELECT i.level, count(*) AS lines FROM (" + branch + ") i" + filters.joins() + " WHERE 1 = 1"
                + filters.where() + " GROUP BY i.level)";
    }

    private static boolean isAlert(Level level) {
        return level == Level.RED || level == Level.YELLOW || level == Level.GREEN;
    }

    private static Level level(Tuple t) {
        return Level.values()[t.get("level", Number.class).intValue()];
    }
}

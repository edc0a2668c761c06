package no.mila.dho.worklist.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.sql.Date;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.mila.dho.patient.domain.EpisodeState;
import no.mila.dho.worklist.domain.Level;
import no.mila.dho.worklist.domain.TaskType;

/**
 * The keys of the worklist, narrow enough to come from indexes alone: each patient's worst open alert (the alert
 * feature's {@code open_alert_view}, over its partial indexes {@code alert_open_worst} by patient and
 * {@code alert_open_in_order} in the worklist's order), the threads with unread patient messages (the index
 * {@code patient_message_unread} behind the messaging feature's {@code unread_patient_message_view}; never claimed,
 * so not under {@code assigned=ME}) and the tasks due of pathways not ended (their cadence no longer applies; alerts
 * stay until handled), filtered through the patient feature's {@code patient_responsibility_view} and
 * {@code episode_view}. The level is {@link Level}'s ordinal.
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

    /** The columns of every branch: kind, id, level, patient, what it is ordered by, who holds it, the task's type. */
    private static final String ALERTS = """
            SELECT 'ALERT' AS kind, a.alert_id AS id, %d AS level, a.patient_id AS patient_id,
                   a.received_at AS sort_at, a.claimed_by_subject AS claimed_by_subject, CAST(NULL AS VARCHAR) AS task_type
              FROM open_alert_view a
             WHERE a.zone_rank = %d
               AND NOT EXISTS (SELECT 1 FROM open_alert_view b
                                WHERE b.patient_id = a.patient_id
                                  AND (b.zone_rank, b.received_at, b.alert_id) < (a.zone_rank, a.received_at, a.alert_id))""";

    private static final String MESSAGES = """
            SELECT 'MESSAGE' AS kind, m.thread_id AS id, %d AS level, m.patient_id AS patient_id,
                   m.oldest_unread_at AS sort_at, CAST(NULL AS VARCHAR) AS claimed_by_subject,
                   CAST(NULL AS VARCHAR) AS task_type
              FROM unread_patient_message_view m""";

    private static final String TASKS = """
            SELECT 'TASK' AS kind, t.id AS id, %d AS level, t.patient_id AS patient_id,
                   CAST(t.due_date AS TIMESTAMPTZ) AS sort_at, t.claimed_by_subject AS claimed_by_subject,
                   t.type AS task_type, t.due_date AS due_on
              FROM follow_up_task t
             WHERE t.status <> 'CLOSED' AND t.due_date <= :today
               AND NOT EXISTS (SELECT 1 FROM episode_view e WHERE e.episode_id = t.episode_id
                                  AND e.episode_state = ANY(:notOpen))""";

    /** Every patient's worst open alert in one pass over {@code alert_open_worst}, for the counts of all alert levels. */
    private static final String WORST = """
            SELECT 'ALERT' AS kind, w.alert_id AS id,
                   CASE w.zone_rank WHEN 0 THEN %d WHEN 1 THEN %d ELSE %d END AS level, w.patient_id AS patient_id,
                   w.received_at AS sort_at, w.claimed_by_subject AS claimed_by_subject, CAST(NULL AS VARCHAR) AS task_type
              FROM (SELECT DISTINCT ON (a.patient_id) a.patient_id, a.alert_id, a.zone_rank, a.received_at,
                           a.claimed_by_subject
                      FROM open_alert_view a
                     ORDER BY a.patient_id, a.zone_rank, a.received_at, a.alert_id) w""";

    private final EntityManager em;

    public WorklistKeys(EntityManager em) {
        this.em = em;
    }

    /** The keys of one page, in the worklist's order. */
    @SuppressWarnings("unchecked")
    public List<Key> page(Criteria criteria, LocalDate today, int page, int size) {
        Filters filters = filters(criteria, today);
        StringBuilder sql = new StringBuilder("SELECT u.kind AS kind, u.id AS id, u.level AS level, "
                + "u.patient_id AS patient_id FROM (");
        String union = "";
        for (Level level : levels(criteria)) {
            sql.append(union).append("(SELECT i.kind, i.id, i.level, i.patient_id, i.sort_at FROM (")
                    .append(branch(level)).append(") i").append(filters.joins).append(" WHERE 1 = 1")
                    .append(filters.where).append(" ORDER BY ").append(level == Level.TASK ? "i.due_on" : "i.sort_at")
                    .append(", i.id LIMIT :reach)");
            union = " UNION ALL ";
        }
        sql.append(") u ORDER BY u.level, u.sort_at, u.id LIMIT :limit OFFSET :offset");
        filters.params.put("reach", (long) page * size + size);
        filters.params.put("limit", size);
        filters.params.put("offset", (long) page * size);
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
        Filters filters = filters(criteria, today);
        StringBuilder sql = new StringBuilder("SELECT u.level AS level, u.lines AS lines FROM (");
        String union = "";
        boolean allAlerts = levels.containsAll(List.of(Level.RED, Level.YELLOW, Level.GREEN));
        if (allAlerts) {
            sql.append(count(WORST.formatted(Level.RED.ordinal(), Level.YELLOW.ordinal(), Level.GREEN.ordinal()),
                    filters));
            union = " UNION ALL ";
        }
        for (Level level : levels) {
            if (!allAlerts || !isAlert(level)) {
                sql.append(union).append(count(branch(level), filters));
                union = " UNION ALL ";
            }
        }
        sql.append(") u");
        List<Tuple> rows = filters.query(em, sql.toString()).getResultList();
        rows.forEach(t -> counts.put(level(t), t.get("lines", Number.class).longValue()));
        return counts;
    }

    private static String count(String branch, Filters filters) {
        return "(SELECT i.level, count(*) AS lines FROM (" + branch + ") i" + filters.joins + " WHERE 1 = 1"
                + filters.where + " GROUP BY i.level)";
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

    private static boolean isAlert(Level level) {
        return level == Level.RED || level == Level.YELLOW || level == Level.GREEN;
    }

    /** The lines of one level, before the filters. */
    private static String branch(Level level) {
        return switch (level) {
            case RED -> ALERTS.formatted(level.ordinal(), 0);
            case YELLOW -> ALERTS.formatted(level.ordinal(), 1);
            case GREEN -> ALERTS.formatted(level.ordinal(), 2);
            case MESSAGE -> MESSAGES.formatted(level.ordinal());
            case TASK -> TASKS.formatted(level.ordinal());
        };
    }

    /** The filters on a branch's lines {@code i}, with their parameters. */
    private record Filters(String joins, String where, Map<String, Object> params) {

        Query query(EntityManager em, String sql) {
            Query query = em.createNativeQuery(sql, Tuple.class);
            params.forEach((name, value) -> {
                if (sql.contains(":" + name)) {
                    query.setParameter(name, value);
                }
            });
            return query;
        }
    }

    private static Filters filters(Criteria criteria, LocalDate today) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("today", Date.valueOf(today));
        params.put("open", EpisodeState.openNames());
        params.put("notOpen", EpisodeState.notOpenNames());
        StringBuilder joins = new StringBuilder();
        StringBuilder where = new StringBuilder();
        if (criteria.municipality() != null) {
            joins.append(" JOIN patient_responsibility_view p ON p.patient_id = i.patient_id");
            where.append(" AND p.municipality = :municipality");
            params.put("municipality", criteria.municipality());
        }
        if (criteria.pathway() != null) {
            joins.append(" JOIN episode_view e ON e.patient_id = i.patient_id AND e.episode_state = ANY(:open)");
            where.append(" AND e.pathway = :pathway");
            params.put("pathway", criteria.pathway());
        }
        if (criteria.taskType() != null) {
            where.append(" AND i.task_type = :taskType");
            params.put("taskType", criteria.taskType().name());
        }
        if (criteria.holder() != null) {
            where.append(" AND i.claimed_by_subject = :holder");
            params.put("holder", criteria.holder());
        } else if (criteria.unassigned()) {
            where.append(" AND i.claimed_by_subject IS NULL");
        }
        return new Filters(joins.toString(), where.toString(), params);
    }

    private static Level level(Tuple t) {
        return Level.values()[t.get("level", Number.class).intValue()];
    }
}

package no.mila.dho.worklist.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.mila.dho.patient.domain.EpisodeState;
import no.mila.dho.worklist.domain.Level;

/**
 * The SQL of {@link WorklistKeys}: one branch per level (the lines of that level before the filters, with the same
 * columns), the one pass over every patient's worst open alert for the counts, and the filters on a branch's lines
 * {@code i} with their parameters.
 */
final class WorklistBranches {

    private WorklistBranches() {
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
             WHERE t.status <> 'CLOSED' AND t.due_date <= DATE '%s'
               AND NOT EXISTS (SELECT 1 FROM episode_view e WHERE e.episode_id = t.episode_id
                                  AND e.episode_state = ANY(%s))""";

    /** Every patient's worst open alert in one pass over {@code alert_open_worst} (the counts of all alert levels). */
    private static final String WORST = """
            SELECT 'ALERT' AS kind, w.alert_id AS id,
                   CASE w.zone_rank WHEN 0 THEN %d WHEN 1 THEN %d ELSE %d END AS level, w.patient_id AS patient_id,
                   w.received_at AS sort_at, w.claimed_by_subject AS claimed_by_subject, CAST(NULL AS VARCHAR) AS task_type
              FROM (SELECT DISTINCT ON (a.patient_id) a.patient_id, a.alert_id, a.zone_rank, a.received_at,
                           a.claimed_by_subject
                      FROM open_alert_view a
                     ORDER BY a.patient_id, a.zone_rank, a.received_at, a.alert_id) w""";

    /** What the lines of a level's branch are ordered by (tasks by their due date, as their index is). */
    static String order(Level level) {
        return level == Level.TASK ? "i.due_on, i.id" : "i.sort_at, i.id";
    }

    /** Every patient's worst open alert at its level, in one pass (for the counts of all alert levels). */
    static String worst() {
        return WORST.formatted(Level.RED.ordinal(), Level.YELLOW.ordinal(), Level.GREEN.ordinal());
    }

    /** The lines of one level, before the filters. */
    static String branch(Level level, LocalDate today) {
        return switch (level) {
            case RED -> ALERTS.formatted(level.ordinal(), 0);
            case YELLOW -> ALERTS.formatted(level.ordinal(), 1);
            case GREEN -> ALERTS.formatted(level.ordinal(), 2);
            case MESSAGE -> MESSAGES.formatted(level.ordinal());
            case TASK -> TASKS.formatted(level.ordinal(), today, array(EpisodeState.notOpenNames()));
        };
    }

    /** The filters on a branch's lines {@code i}, with their parameters. */
    record Filters(String joins, String where, Map<String, Object> params) {

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

    /**
     * An SQL array of enum constants' names: these, the date and the page's numbers are written into the SQL, not
     * bound, so PostgreSQL plans knowing how far it reads (a prepared statement's generic plan guessed them, and
     * EXPLAIN at 100,000 open alerts showed a parallel scan of the green alerts and a sort of every task due instead
     * of index walks that stop after the page). What a user sends (municipality, pathway, holder, task type) is
     * always bound.
     */
    static String array(String[] names) {
        return Arrays.stream(names).map(name -> {
            if (!name.matches("[A-Z_]+")) {
                throw new IllegalArgumentException("Not an enum constant's name: " + name);
            }
            return "'" + name + "'";
        }).collect(Collectors.joining(", ", "ARRAY[", "]::VARCHAR[]"));
    }

    static Filters filters(WorklistKeys.Criteria criteria) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder joins = new StringBuilder();
        StringBuilder where = new StringBuilder();
        if (criteria.municipality() != null) {
            joins.append(" JOIN patient_responsibility_view p ON p.patient_id = i.patient_id");
            where.append(" AND p.municipality = :municipality");
            params.put("municipality", criteria.municipality());
        }
        if (criteria.pathway() != null) {
            joins.append(" JOIN episode_view e ON e.patient_id = i.patient_id AND e.episode_state = ANY(")
                    .append(array(EpisodeState.openNames())).append(")");
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
}

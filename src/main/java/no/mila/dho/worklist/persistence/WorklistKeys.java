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
 * The keys of the worklist, narrow enough to come from indexes alone: each patient's worst open alert (the index
 * {@code alert_open_worst} behind the alert feature's {@code open_alert_view}), the threads with unread patient
 * messages (the index {@code patient_message_unread} behind the messaging feature's
 * {@code unread_patient_message_view}; never claimed, so not under {@code assigned=ME}) and the tasks due of pathways not
 * ended (their cadence no longer applies; alerts stay until handled), filtered through the patient feature's
 * {@code patient_responsibility_view} and {@code episode_view}. One query for a page of keys in the worklist's order (level, then
 * oldest first), one for the counts per level. The level is {@link Level}'s ordinal.
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

    private static final String KEYS = """
            WITH worst AS (
                SELECT DISTINCT ON (a.patient_id) a.patient_id, a.alert_id, a.zone_rank, a.received_at,
                       a.claimed_by_subject
                  FROM open_alert_view a
                 ORDER BY a.patient_id, a.zone_rank, a.received_at, a.alert_id
            ), items AS (
                SELECT 'ALERT' AS kind, w.alert_id AS id, CASE w.zone_rank WHEN 0 THEN 0 WHEN 1 THEN 2 ELSE 4 END AS level,
                       w.patient_id, w.received_at AS sort_at, w.claimed_by_subject, NULL AS task_type
                  FROM worst w
                UNION ALL
                SELECT 'MESSAGE', m.thread_id, 1, m.patient_id, m.oldest_unread_at, NULL, NULL
                  FROM unread_patient_message_view m
                UNION ALL
                SELECT 'TASK', t.id, 3, t.patient_id, t.due_date::timestamptz, t.claimed_by_subject, t.type
                  FROM follow_up_task t
                 WHERE t.status <> 'CLOSED' AND t.due_date <= :today
                   AND EXISTS (SELECT 1 FROM episode_view e WHERE e.episode_id = t.episode_id
                                  AND e.episode_state = ANY(:open))
            )
            SELECT %s FROM items i %s WHERE 1 = 1 %s %s""";

    private final EntityManager em;

    public WorklistKeys(EntityManager em) {
        this.em = em;
    }

    /** The keys of one page, in the worklist's order. */
    @SuppressWarnings("unchecked")
    public List<Key> page(Criteria criteria, LocalDate today, int page, int size) {
        Query query = query(criteria, today, "i.kind AS kind, i.id AS id, i.level AS level, i.patient_id AS patient_id",
                "ORDER BY i.level, i.sort_at, i.id LIMIT :limit OFFSET :offset");
        List<Tuple> rows = query.setParameter("limit", size).setParameter("offset", page * size).getResultList();
        return rows.stream().map(Key::of).toList();
    }

    /** The number of lines of each level (every level, zero where there are none). */
    @SuppressWarnings("unchecked")
    public Map<Level, Long> counts(Criteria criteria, LocalDate today) {
        Map<Level, Long> counts = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            counts.put(level, 0L);
        }
        List<Tuple> rows = query(criteria, today, "i.level AS level, count(*) AS lines", "GROUP BY i.level")
                .getResultList();
        rows.forEach(t -> counts.put(level(t), t.get("lines", Number.class).longValue()));
        return counts;
    }

    private Query query(Criteria criteria, LocalDate today, String select, String tail) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("today", Date.valueOf(today));
        params.put("open", EpisodeState.openNames());
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
        if (criteria.alertLevel() != null) {
            where.append(" AND i.kind = 'ALERT' AND i.level = :alertLevel");
            params.put("alertLevel", criteria.alertLevel().ordinal());
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
        Query query = em.createNativeQuery(String.format(KEYS, select, joins, where, tail), Tuple.class);
        params.forEach(query::setParameter);
        return query;
    }

    private static Level level(Tuple t) {
        return Level.values()[t.get("level", Number.class).intValue()];
    }
}

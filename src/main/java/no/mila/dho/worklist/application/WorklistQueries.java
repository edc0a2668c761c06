package no.mila.dho.worklist.application;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.mila.dho.measurement.domain.Zone;
import no.mila.dho.shared.persistence.SqlValues;
import no.mila.dho.shared.paging.PageRequest;
import no.mila.dho.shared.security.CurrentUser;
import no.mila.dho.shared.time.ClockProducer;
import no.mila.dho.shared.time.NorwegianCalendar;
import no.mila.dho.worklist.domain.TaskType;

/**
 * The nurses' worklist: open alerts (a patient once, at their worst alert) and tasks due, in one list ordered
 * red, yellow, tasks due, green; within a level oldest first. One query for the page, one for the counts per
 * level, one for the latest values of the patients on the page.
 */
@ApplicationScoped
public class WorklistQueries {

    /** The priority levels of the worklist, in order. */
    public enum Level { RED, YELLOW, TASK, GREEN }

    /** Who an item is assigned to. */
    public enum Assigned { ME, UNASSIGNED }

    /** The filters of the worklist; null means any. */
    public record Filter(String municipality, String pathway, Zone zone, TaskType taskType, Assigned assigned) {
    }

    /** A latest value of the patient. */
    public record LatestValue(String type, BigDecimal value, String unit, Instant measuredAt) {
    }

    /** One line of the worklist. */
    public record Item(String kind, UUID id, Level level, UUID patientId, String patientName, String municipality,
                       String pathway, Zone zone, List<String> reasons, int openAlerts, TaskType taskType,
                       LocalDate dueDate, String detail, Instant at, Boolean outsideOpeningHours, String status,
                       String claimedBy, boolean claimedByMe, boolean gpMessage, List<LatestValue> latestValues) {
    }

    /** A page of the worklist with its total and the counts per level (for the dashboard). */
    public record Worklist(List<Item> items, int page, int size, long totalItems, Map<Level, Long> counts) {
    }

    /**
     * The keys of the worklist, narrow enough to come from indexes alone: each patient's worst open alert
     * ({@code alert_open_worst}) and the tasks due (of pathways not ended: their cadence no longer applies; alerts
     * stay until handled). Level: 0 red, 1 yellow, 2 task, 3 green.
     */
    private static final String KEYS = """
            WITH worst AS (
                SELECT DISTINCT ON (a.patient_id) a.patient_id, a.id, a.zone_rank, a.received_at, a.claimed_by_subject
                  FROM alert a
                 WHERE a.status <> 'CLOSED'
                 ORDER BY a.patient_id, a.zone_rank, a.received_at, a.id
            ), items AS (
                SELECT 'ALERT' AS kind, w.id, CASE w.zone_rank WHEN 2 THEN 3 ELSE w.zone_rank END AS level, w.patient_id,
                       w.received_at AS sort_at, w.claimed_by_subject, NULL AS task_type
                  FROM worst w
                UNION ALL
                SELECT 'TASK', t.id, 2, t.patient_id, t.due_date::timestamptz, t.claimed_by_subject, t.type
                  FROM follow_up_task t
                 WHERE t.status <> 'CLOSED' AND t.due_date <= :today
                   AND EXISTS (SELECT 1 FROM episode e WHERE e.id = t.episode_id AND e.state <> 'ENDED')
            )
            SELECT %s FROM items i %s WHERE 1 = 1 %s %s""";

    private final EntityManager em;
    private final CurrentUser user;
    private final Clock clock;
    private final ObjectMapper json;

    public WorklistQueries(EntityManager em, CurrentUser user, Clock clock, ObjectMapper json) {
        this.em = em;
        this.user = user;
        this.clock = clock;
        this.json = json;
    }

    /**
     * One page of the worklist: first the ordered keys of the page and the counts per level (narrow queries over
     * the open items), then the details of the page's items only.
     */
    @SuppressWarnings("unchecked")
    public Worklist worklist(Filter filter, PageRequest page) {
        LocalDate today = ClockProducer.today(clock);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("today", Date.valueOf(today));
        StringBuilder joins = new StringBuilder();
        StringBuilder where = new StringBuilder();
        if (filter.municipality() != null) {
            joins.append(" JOIN patient p ON p.id = i.patient_id");
            where.append(" AND p.municipality = :municipality");
            params.put("municipality", filter.municipality());
        }
        if (filter.pathway() != null) {
            joins.append(" JOIN episode e ON e.patient_id = i.patient_id AND e.state <> 'ENDED'");
            where.append(" AND e.pathway = :pathway");
            params.put("pathway", filter.pathway());
        }
        if (filter.zone() != null) {
            where.append(" AND i.kind = 'ALERT' AND i.level = :zoneLevel");
            params.put("zoneLevel", filter.zone() == Zone.RED ? 0 : filter.zone() == Zone.YELLOW ? 1 : 3);
        }
        if (filter.taskType() != null) {
            where.append(" AND i.task_type = :taskType");
            params.put("taskType", filter.taskType().name());
        }
        if (filter.assigned() == Assigned.ME) {
            where.append(" AND i.claimed_by_subject = :me");
            params.put("me", user.subject());
        } else if (filter.assigned() == Assigned.UNASSIGNED) {
            where.append(" AND i.claimed_by_subject IS NULL");
        }
        Query keys = em.createNativeQuery(String.format(KEYS, "i.kind, i.id, i.level, i.patient_id", joins, where,
                "ORDER BY i.level, i.sort_at, i.id LIMIT :limit OFFSET :offset"));
        params.forEach(keys::setParameter);
        List<Object[]> pageKeys = keys.setParameter("limit", page.size()).setParameter("offset", page.page() * page.size())
                .getResultList();
        Query countQuery = em.createNativeQuery(String.format(KEYS, "i.level, count(*)", joins, where, "GROUP BY i.level"));
        params.forEach(countQuery::setParameter);
        Map<Level, Long> counts = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            counts.put(level, 0L);
        }
        ((List<Object[]>) countQuery.getResultList())
                .forEach(r -> counts.put(Level.values()[((Number) r[0]).intValue()], ((Number) r[1]).longValue()));
        List<Item> items = details(pageKeys);
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        return new Worklist(items, page.page(), page.size(), total, counts);
    }

    /** The details of the page's items, in the page's order. */
    @SuppressWarnings("unchecked")
    private List<Item> details(List<Object[]> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        UUID[] patientIds = keys.stream().map(k -> (UUID) k[3]).distinct().toArray(UUID[]::new);
        Map<UUID, Object[]> patients = new HashMap<>();
        ((List<Object[]>) em.createNativeQuery("""
                SELECT p.id, p.given_name || ' ' || p.family_name, p.municipality, e.pathway,
                       EXISTS (SELECT 1 FROM gp_message_flag g WHERE g.patient_id = p.id AND g.cleared_at IS NULL),
                       (SELECT count(*) FROM alert a WHERE a.patient_id = p.id AND a.status <> 'CLOSED')
                  FROM patient p LEFT JOIN episode e ON e.patient_id = p.id AND e.state <> 'ENDED'
                 WHERE p.id = ANY(?1)""").setParameter(1, patientIds).getResultList())
                .forEach(r -> patients.put((UUID) r[0], r));
        Map<UUID, Object[]> alerts = new HashMap<>();
        UUID[] alertIds = keys.stream().filter(k -> "ALERT".equals(k[0])).map(k -> (UUID) k[1]).toArray(UUID[]::new);
        if (alertIds.length > 0) {
            ((List<Object[]>) em.createNativeQuery("""
                    SELECT id, zone, reasons::text, received_at, status, coalesce(claimed_by_name, claimed_by_subject),
                           claimed_by_subject
                      FROM alert WHERE id = ANY(?1)""").setParameter(1, alertIds).getResultList())
                    .forEach(r -> alerts.put((UUID) r[0], r));
        }
        Map<UUID, Object[]> tasks = new HashMap<>();
        UUID[] taskIds = keys.stream().filter(k -> "TASK".equals(k[0])).map(k -> (UUID) k[1]).toArray(UUID[]::new);
        if (taskIds.length > 0) {
            ((List<Object[]>) em.createNativeQuery("""
                    SELECT id, type, due_date, detail, created_at, status, coalesce(claimed_by_name, claimed_by_subject),
                           claimed_by_subject
                      FROM follow_up_task WHERE id = ANY(?1)""").setParameter(1, taskIds).getResultList())
                    .forEach(r -> tasks.put((UUID) r[0], r));
        }
        Map<UUID, List<LatestValue>> latest = latestValues(List.of(patientIds));
        List<Item> items = new ArrayList<>();
        for (Object[] k : keys) {
            UUID patientId = (UUID) k[3];
            Object[] p = patients.get(patientId);
            Level level = Level.values()[((Number) k[2]).intValue()];
            List<LatestValue> values = latest.getOrDefault(patientId, List.of());
            if ("ALERT".equals(k[0])) {
                Object[] a = alerts.get((UUID) k[1]);
                Instant at = SqlValues.instant(a[3]);
                items.add(new Item("ALERT", (UUID) k[1], level, patientId, (String) p[1], (String) p[2], (String) p[3],
                        Zone.valueOf((String) a[1]), reasons((String) a[2]), ((Number) p[5]).intValue(), null, null, null,
                        at, !NorwegianCalendar.isOpen(at), (String) a[4], (String) a[5], user.subject().equals(a[6]),
                        (Boolean) p[4], values));
            } else {
                Object[] t = tasks.get((UUID) k[1]);
                items.add(new Item("TASK", (UUID) k[1], level, patientId, (String) p[1], (String) p[2], (String) p[3],
                        null, null, ((Number) p[5]).intValue(), TaskType.valueOf((String) t[1]),
                        SqlValues.localDate(t[2]), (String) t[3], SqlValues.instant(t[4]), null, (String) t[5],
                        (String) t[6], user.subject().equals(t[7]), (Boolean) p[4], values));
            }
        }
        return items;
    }

    /** The newest valid value of each type, for each of {@code patients}. */
    @SuppressWarnings("unchecked")
    public Map<UUID, List<LatestValue>> latestValues(List<UUID> patients) {
        Map<UUID, List<LatestValue>> latest = new LinkedHashMap<>();
        if (patients.isEmpty()) {
            return latest;
        }
        List<Object[]> rows = em.createNativeQuery("""
                SELECT DISTINCT ON (patient_id, type) patient_id, type, value, unit, measured_at
                  FROM measurement WHERE patient_id = ANY(?1) AND NOT invalid
                 ORDER BY patient_id, type, measured_at DESC""").setParameter(1, patients.toArray(UUID[]::new))
                .getResultList();
        for (Object[] r : rows) {
            latest.computeIfAbsent((UUID) r[0], p -> new ArrayList<>())
                    .add(new LatestValue((String) r[1], (BigDecimal) r[2], (String) r[3], SqlValues.instant(r[4])));
        }
        return latest;
    }

    private List<String> reasons(String reasonsJson) {
        if (reasonsJson == null) {
            return null;
        }
        try {
            List<Map<String, String>> reasons = json.readValue(reasonsJson, new TypeReference<>() { });
            return reasons.stream().map(r -> r.get("nb")).toList();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Unreadable alert reasons", e);
        }
    }
}

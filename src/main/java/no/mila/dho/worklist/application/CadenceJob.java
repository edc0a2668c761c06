package no.mila.dho.worklist.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.mila.dho.measurement.domain.Zone;
import no.mila.dho.shared.persistence.SqlValues;
import no.mila.dho.shared.time.ClockProducer;
import no.mila.dho.worklist.domain.CadenceFacts;
import no.mila.dho.worklist.domain.CadenceRules;
import no.mila.dho.worklist.domain.DueTask;
import no.mila.dho.shared.time.NorwegianCalendar;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Creates the cadence tasks ({@link CadenceRules}) every working day. Safe on several replicas and when run
 * twice: episodes are taken in batches locked with {@code FOR UPDATE SKIP LOCKED} (an instance skips what another
 * is working on) and marked as checked for the day; a task is inserted with {@code ON CONFLICT DO NOTHING}
 * against one task per patient, type and period, and one open task per patient and type.
 */
@ApplicationScoped
public class CadenceJob {

    private static final Logger LOG = Logger.getLogger(CadenceJob.class);
    private static final int BATCH = 200;

    private final EntityManager em;
    private final Clock clock;
    private final int persistentYellowDays;

    public CadenceJob(EntityManager em, Clock clock,
                      @ConfigProperty(name = "dho.worklist.persistently-yellow-days", defaultValue = "7")
                      int persistentYellowDays) {
        this.em = em;
        this.clock = clock;
        this.persistentYellowDays = persistentYellowDays;
    }

    @Scheduled(cron = "{dho.worklist.cadence-cron}", timeZone = "Europe/Oslo", identity = "cadence")
    void daily() {
        LocalDate today = ClockProducer.today(clock);
        if (NorwegianCalendar.isWorkingDay(today)) {
            run(today);
        }
    }

    /** Checks every patient in follow-up on {@code today}; returns how many tasks were created. */
    public int run(LocalDate today) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                INSERT INTO cadence_check (episode_id)
                SELECT id FROM episode WHERE state IN ('ACTIVE_BASELINE', 'ACTIVE') ON CONFLICT DO NOTHING""")
                .executeUpdate());
        int created = 0;
        while (true) {
            Integer batch = QuarkusTransaction.requiringNew().call(() -> batch(today));
            if (batch == null) {
                break;
            }
            created += batch;
        }
        if (created > 0) {
            LOG.infof("Cadence %s: %d task(s) created", today, created);
        }
        return created;
    }

    /** One batch of episodes not yet checked on {@code today}, locked; null when there is none left. */
    @SuppressWarnings("unchecked")
    private Integer batch(LocalDate today) {
        List<Object[]> episodes = em.createNativeQuery("""
                SELECT e.id, e.patient_id, e.start_date, e.state
                  FROM cadence_check c JOIN episode e ON e.id = c.episode_id
                 WHERE e.state IN ('ACTIVE_BASELINE', 'ACTIVE') AND e.start_date IS NOT NULL
                   AND c.checked_on IS DISTINCT FROM ?1
                 ORDER BY c.episode_id LIMIT ?2
                   FOR UPDATE OF c SKIP LOCKED""").setParameter(1, Date.valueOf(today)).setParameter(2, BATCH)
                .getResultList();
        if (episodes.isEmpty()) {
            return null;
        }
        List<UUID> patients = episodes.stream().map(r -> (UUID) r[1]).toList();
        Map<UUID, Map<LocalDate, Zone>> days = dayZones(patients, today.minusDays(70));
        Map<UUID, Object[]> latest = latestReports(patients);
        int created = 0;
        for (Object[] e : episodes) {
            UUID episodeId = (UUID) e[0];
            UUID patientId = (UUID) e[1];
            Object[] last = latest.get(patientId);
            CadenceFacts facts = new CadenceFacts(episodeId.toString(), SqlValues.localDate(e[2]),
                    "ACTIVE_BASELINE".equals(e[3]), days.getOrDefault(patientId, Map.of()),
                    Optional.ofNullable(last).map(l -> SqlValues.localDate(l[1])),
                    Optional.ofNullable(last).map(l -> Zone.valueOf((String) l[2])));
            for (DueTask task : CadenceRules.due(facts, today, persistentYellowDays)) {
                created += em.createNativeQuery("""
                        INSERT INTO follow_up_task (id, patient_id, episode_id, type, period_key, due_date, detail, status,
                                                    created_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'OPEN', ?8) ON CONFLICT DO NOTHING""")
                        .setParameter(1, UUID.randomUUID()).setParameter(2, patientId).setParameter(3, episodeId)
                        .setParameter(4, task.type().name()).setParameter(5, task.periodKey())
                        .setParameter(6, Date.valueOf(task.dueDate())).setParameter(7, task.detail())
                        .setParameter(8, java.sql.Timestamp.from(clock.instant())).executeUpdate();
            }
        }
        em.createNativeQuery("UPDATE cadence_check SET checked_on = ?1 WHERE episode_id = ANY(?2)")
                .setParameter(1, Date.valueOf(today))
                .setParameter(2, episodes.stream().map(r -> (UUID) r[0]).toArray(UUID[]::new)).executeUpdate();
        return created;
    }

    /** The worst zone of each day (Oslo dates) with reports since {@code from}, per patient. */
    @SuppressWarnings("unchecked")
    private Map<UUID, Map<LocalDate, Zone>> dayZones(List<UUID> patients, LocalDate from) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT patient_id, (measured_at AT TIME ZONE 'Europe/Oslo')::date AS day,
                       max(CASE zone WHEN 'RED' THEN 2 WHEN 'YELLOW' THEN 1 ELSE 0 END)
                  FROM report
                 WHERE patient_id = ANY(?1) AND zone IS NOT NULL AND measured_at >= ?2
                 GROUP BY 1, 2""").setParameter(1, patients.toArray(UUID[]::new))
                .setParameter(2, java.sql.Timestamp.from(from.atStartOfDay(NorwegianCalendar.OSLO).toInstant()))
                .getResultList();
        Map<UUID, Map<LocalDate, Zone>> days = new HashMap<>();
        for (Object[] r : rows) {
            int rank = ((Number) r[2]).intValue();
            days.computeIfAbsent((UUID) r[0], p -> new HashMap<>()).put(SqlValues.localDate(r[1]),
                    rank == 2 ? Zone.RED : rank == 1 ? Zone.YELLOW : Zone.GREEN);
        }
        return days;
    }

    /** Per patient: {patient, day of the latest report (Oslo), its zone}. */
    @SuppressWarnings("unchecked")
    private Map<UUID, Object[]> latestReports(List<UUID> patients) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT DISTINCT ON (patient_id) patient_id, (measured_at AT TIME ZONE 'Europe/Oslo')::date, zone
                  FROM report WHERE patient_id = ANY(?1) AND zone IS NOT NULL
                 ORDER BY patient_id, measured_at DESC""").setParameter(1, patients.toArray(UUID[]::new))
                .getResultList();
        Map<UUID, Object[]> latest = new HashMap<>();
        rows.forEach(r -> latest.put((UUID) r[0], r));
        return latest;
    }
}

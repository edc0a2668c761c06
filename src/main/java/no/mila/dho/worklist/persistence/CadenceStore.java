package no.mila.dho.worklist.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.mila.dho.patient.domain.EpisodeState;
import no.mila.dho.shared.persistence.SqlValues;
import no.mila.dho.worklist.domain.DueTask;

/**
 * The cadence job's SQL: which episodes were checked on which day ({@code cadence_check}, locked with
 * {@code SKIP LOCKED}), and the tasks it creates ({@code ON CONFLICT DO NOTHING} against one task per patient, type
 * and period, and one open task per patient and type). Episodes come from the patient feature's {@code episode_view}.
 */
@ApplicationScoped
public class CadenceStore {

    /** An episode in follow-up to check. */
    public record Episode(UUID id, UUID patientId, LocalDate startDate, EpisodeState state) {

        static Episode of(Tuple t) {
            return new Episode(t.get("episode_id", UUID.class), t.get("patient_id", UUID.class),
                    SqlValues.localDate(t.get("episode_start")),
                    EpisodeState.valueOf(t.get("episode_state", String.class)));
        }
    }

    private final EntityManager em;

    public CadenceStore(EntityManager em) {
        this.em = em;
    }

    /** Adds the episodes in follow-up that have no row yet. */
    public void enrol() {
        em.createNativeQuery("""
                INSERT INTO cadence_check (episode_id)
                SELECT episode_id FROM episode_view WHERE episode_state = ANY(:followedUp)
                    ON CONFLICT DO NOTHING""").setParameter("followedUp", EpisodeState.followedUpNames())
                .executeUpdate();
    }

    /** Up to {@code size} episodes in follow-up not yet checked on {@code today}, locked; others skip them. */
    @SuppressWarnings("unchecked")
    public List<Episode> nextBatch(LocalDate today, int size) {
        List<Tuple> rows = em.createNativeQuery("""
                SELECT e.episode_id, e.patient_id, e.episode_start, e.episode_state
                  FROM cadence_check c JOIN episode_view e ON e.episode_id = c.episode_id
                 WHERE e.episode_state = ANY(:followedUp) AND e.episode_start IS NOT NULL
                   AND c.checked_on IS DISTINCT FROM :today
                 ORDER BY c.episode_id LIMIT :size
                   FOR UPDATE OF c SKIP LOCKED""", Tuple.class)
                .setParameter("followedUp", EpisodeState.followedUpNames()).setParameter("today", Date.valueOf(today))
                .setParameter("size", size).getResultList();
        return rows.stream().map(Episode::of).toList();
    }

    /** Creates the task unless the patient has it for the period, or one of its type open; 1 if created. */
    public int createTask(Episode episode, DueTask task, Instant at) {
        return em.createNativeQuery("""
                INSERT INTO follow_up_task (id, patient_id, episode_id, type, period_key, due_date, detail, status,
                                            created_at)
                VALUES (:id, :patient, :episode, :type, :period, :due, :detail, 'OPEN', :at) ON CONFLICT DO NOTHING""")
                .setParameter("id", UUID.randomUUID()).setParameter("patient", episode.patientId())
                .setParameter("episode", episode.id()).setParameter("type", task.type().name())
                .setParameter("period", task.periodKey()).setParameter("due", Date.valueOf(task.dueDate()))
                .setParameter("detail", task.detail()).setParameter("at", Timestamp.from(at)).executeUpdate();
    }

    public void markChecked(List<Episode> episodes, LocalDate today) {
        em.createNativeQuery("UPDATE cadence_check SET checked_on = :today WHERE episode_id = ANY(:episodes)")
                .setParameter("today", Date.valueOf(today))
                .setParameter("episodes", episodes.stream().map(Episode::id).toArray(UUID[]::new)).executeUpdate();
    }
}

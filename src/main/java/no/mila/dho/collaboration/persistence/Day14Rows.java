package no.mila.dho.collaboration.persistence;

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

/**
 * The day-14 job's SQL: the episodes due a summary (over the patient feature's {@code episode_view} and the plan
 * feature's {@code goal_conversation_view}) and the job's own {@code day_14_summary}, one row per episode.
 */
@ApplicationScoped
public class Day14Rows {

    /** An allocated episode whose baseline started on {@code startDate}. */
    public record Due(UUID episodeId, UUID patientId, String pathway, LocalDate startDate) {
    }

    private final EntityManager em;

    public Day14Rows(EntityManager em) {
        this.em = em;
    }

    /**
     * Up to {@code size} allocated episodes whose baseline started on {@code startedBy} or earlier, with a recorded
     * goal conversation and no summary row yet.
     */
    @SuppressWarnings("unchecked")
    public List<Due> due(LocalDate startedBy, int size) {
        List<Tuple> rows = em.createNativeQuery("""
                SELECT e.episode_id AS episode_id, e.patient_id AS patient_id, e.pathway AS pathway,
                       e.episode_start AS episode_start
                  FROM episode_view e
                  JOIN goal_conversation_view g ON g.episode_id = e.episode_id
                 WHERE e.episode_state = ANY(:allocated) AND e.episode_start <= :startedBy
                   AND NOT EXISTS (SELECT 1 FROM day_14_summary s WHERE s.episode_id = e.episode_id)
                 ORDER BY e.episode_start, e.episode_id LIMIT :size""", Tuple.class)
                .setParameter("allocated", EpisodeState.allocatedNames())
                .setParameter("startedBy", Date.valueOf(startedBy)).setParameter("size", size).getResultList();
        return rows.stream().map(t -> new Due(t.get("episode_id", UUID.class), t.get("patient_id", UUID.class),
                t.get("pathway", String.class), SqlValues.localDate(t.get("episode_start")))).toList();
    }

    /**
     * Takes the episode's summary with {@code outcome}: true if this transaction took it, false if it was taken
     * (another run or instance; a concurrent one waits on the key until the first commits or rolls back).
     */
    public boolean claim(UUID episodeId, UUID patientId, String outcome, Instant at) {
        return em.createNativeQuery("""
                        INSERT INTO day_14_summary (episode_id, patient_id, outcome, decided_at)
                        VALUES (:episode, :patient, :outcome, :at) ON CONFLICT (episode_id) DO NOTHING""")
                .setParameter("episode", episodeId).setParameter("patient", patientId).setParameter("outcome", outcome)
                .setParameter("at", Timestamp.from(at)).executeUpdate() == 1;
    }

    /** Records the message a claimed summary was written as. */
    public void sent(UUID episodeId, UUID messageId) {
        em.createNativeQuery("UPDATE day_14_summary SET message_id = :message WHERE episode_id = :episode")
                .setParameter("message", messageId).setParameter("episode", episodeId).executeUpdate();
    }
}

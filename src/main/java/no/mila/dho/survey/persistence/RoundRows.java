package no.mila.dho.survey.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.mila.dho.patient.domain.EpisodeState;
import no.mila.dho.shared.persistence.SqlValues;
import no.mila.dho.survey.domain.Round;

/**
 * The SQL of the rounds ({@code survey_round}) and of who was invited to one ({@code survey_invitation}), the
 * patients with an allocated episode read from the patient feature's published {@code patient_episode_view}.
 */
@ApplicationScoped
public class RoundRows {

    private static final String ROUND = """
            SELECT r.id, r.survey_id, s.title, r.year, r.opened_at, r.opened_by, r.closed_at,
                   (SELECT count(*) FROM survey_invitation i WHERE i.round_id = r.id) AS invited
              FROM survey_round r JOIN survey s ON s.id = r.survey_id""";

    private final EntityManager em;

    public RoundRows(EntityManager em) {
        this.em = em;
    }

    private static Round round(Tuple t) {
        return new Round(t.get("id", UUID.class), t.get("survey_id", UUID.class), t.get("title", String.class),
                t.get("year", Number.class).intValue(), SqlValues.instant(t.get("opened_at")),
                t.get("opened_by", String.class), SqlValues.instant(t.get("closed_at")),
                t.get("invited", Number.class).longValue());
    }

    public boolean yearTaken(int year) {
        return !em.createNativeQuery("SELECT id FROM survey_round WHERE year = :year").setParameter("year", year)
                .getResultList().isEmpty();
    }

    public void insert(UUID id, UUID surveyId, int year, String by, Instant at) {
        em.createNativeQuery("INSERT INTO survey_round (id, survey_id, year, opened_at, opened_by) "
                        + "VALUES (:id, :survey, :year, :at, :by)")
                .setParameter("id", id).setParameter("survey", surveyId).setParameter("year", year)
                .setParameter("at", Timestamp.from(at)).setParameter("by", by).executeUpdate();
    }

    /** Invites every patient with an allocated, not ended episode (once: a second invitation is no-op). */
    public int inviteAllocated(UUID roundId) {
        return em.createNativeQuery("""
                INSERT INTO survey_invitation (round_id, patient_id, municipality)
                SELECT DISTINCT :round, p.patient_id, p.municipality FROM patient_episode_view p
                 WHERE p.episode_state = ANY(:allocated)
                ON CONFLICT DO NOTHING""")
                .setParameter("round", roundId).setParameter("allocated", EpisodeState.allocatedNames())
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public Optional<Round> round(UUID id, boolean lock) {
        if (lock) {
            em.createNativeQuery("SELECT id FROM survey_round WHERE id = :id FOR UPDATE").setParameter("id", id)
                    .getResultList();
        }
        List<Tuple> rows = em.createNativeQuery(ROUND + " WHERE r.id = :id", Tuple.class).setParameter("id", id)
                .getResultList();
        return rows.stream().findFirst().map(RoundRows::round);
    }

    @SuppressWarnings("unchecked")
    public List<Round> all() {
        List<Tuple> rows = em.createNativeQuery(ROUND + " ORDER BY r.year DESC", Tuple.class).getResultList();
        return rows.stream().map(RoundRows::round).toList();
    }

    public void close(UUID id, String by, Instant at) {
        em.createNativeQuery("UPDATE survey_round SET closed_at = :at, closed_by = :by WHERE id = :id")
                .setParameter("at", Timestamp.from(at)).setParameter("by", by).setParameter("id", id).executeUpdate();
    }

    /** The number invited per municipality of the round. */
    @SuppressWarnings("unchecked")
    public java.util.Map<String, Long> invitedByMunicipality(UUID roundId) {
        List<Tuple> rows = em.createNativeQuery("SELECT municipality, count(*) AS invited FROM survey_invitation "
                + "WHERE round_id = :round GROUP BY municipality", Tuple.class).setParameter("round", roundId)
                .getResultList();
        return rows.stream().collect(java.util.stream.Collectors.toMap(t -> t.get("municipality", String.class).trim(),
                t -> t.get("invited", Number.class).longValue()));
    }
}

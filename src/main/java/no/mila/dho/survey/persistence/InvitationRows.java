package no.mila.dho.survey.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The SQL of the single-use links ({@code survey_invitation}): set a new token's hash, find an invitation by the hash
 * of a token, mark it used. Nothing here reads or writes an answer.
 */
@ApplicationScoped
public class InvitationRows {

    /** An unused invitation of a patient to a round that is still open. */
    public record Open(UUID roundId, int year, String title) {
    }

    /** The invitation a token's hash belongs to: its round, the municipality, whether used, whether the round closed. */
    public record ByToken(UUID roundId, UUID surveyId, String municipality, boolean used, boolean roundClosed) {
    }

    private final EntityManager em;

    public InvitationRows(EntityManager em) {
        this.em = em;
    }

    @SuppressWarnings("unchecked")
    public List<Open> openOf(UUID patientId) {
        List<Tuple> rows = em.createNativeQuery("""
                SELECT i.round_id, r.year, s.title FROM survey_invitation i
                  JOIN survey_round r ON r.id = i.round_id JOIN survey s ON s.id = r.survey_id
                 WHERE i.patient_id = :patient AND NOT i.used AND r.closed_at IS NULL
                 ORDER BY r.year""", Tuple.class).setParameter("patient", patientId).getResultList();
        return rows.stream().map(t -> new Open(t.get("round_id", UUID.class), t.get("year", Number.class).intValue(),
                t.get("title", String.class))).toList();
    }

    /** A new token for the patient's unused invitation (the one before stops working); false when there is none. */
    public boolean setToken(UUID roundId, UUID patientId, byte[] hash) {
        return em.createNativeQuery("UPDATE survey_invitation SET token_hash = :hash "
                        + "WHERE round_id = :round AND patient_id = :patient AND NOT used")
                .setParameter("hash", hash).setParameter("round", roundId).setParameter("patient", patientId)
                .executeUpdate() == 1;
    }

    /** The invitation of the token's hash; locked (until the transaction ends) when {@code lock}. */
    @SuppressWarnings("unchecked")
    public Optional<ByToken> byToken(byte[] hash, boolean lock) {
        List<Tuple> rows = em.createNativeQuery("""
                SELECT i.round_id, r.survey_id, i.municipality, i.used, r.closed_at IS NOT NULL AS closed
                  FROM survey_invitation i JOIN survey_round r ON r.id = i.round_id
                 WHERE i.token_hash = :hash""" + (lock ? " FOR UPDATE OF i" : ""), Tuple.class)
                .setParameter("hash", hash).getResultList();
        return rows.stream().findFirst().map(t -> new ByToken(t.get("round_id", UUID.class),
                t.get("survey_id", UUID.class), t.get("municipality", String.class).trim(), t.get("used", Boolean.class),
                t.get("closed", Boolean.class)));
    }

    /** Marks the token's invitation used; false when it was used already (or is unknown). */
    public boolean markUsed(byte[] hash) {
        return em.createNativeQuery("UPDATE survey_invitation SET used = TRUE WHERE token_hash = :hash AND NOT used")
                .setParameter("hash", hash).executeUpdate() == 1;
    }
}

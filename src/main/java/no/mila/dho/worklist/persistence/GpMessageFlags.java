package no.mila.dho.worklist.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.mila.dho.shared.persistence.SqlValues;

/** The SQL of the "message from the GP" flags ({@code gp_message_flag}). */
@ApplicationScoped
public class GpMessageFlags {

    /** A flag as stored; open until cleared. */
    public record FlagRow(UUID id, String text, String flaggedBy, Instant flaggedAt, String clearedBy,
                          Instant clearedAt) {

        static FlagRow of(Tuple t) {
            return new FlagRow(t.get("id", UUID.class), t.get("text", String.class), t.get("flagged_by", String.class),
                    SqlValues.instant(t.get("flagged_at")), t.get("cleared_by", String.class),
                    SqlValues.instant(t.get("cleared_at")));
        }
    }

    private final EntityManager em;

    public GpMessageFlags(EntityManager em) {
        this.em = em;
    }

    public void insert(UUID id, UUID patientId, String text, String bySubject, String byName, Instant at) {
        em.createNativeQuery("INSERT INTO gp_message_flag (id, patient_id, text, flagged_by_subject, flagged_by_name, "
                        + "flagged_at) VALUES (:id, :patient, :text, :subject, :name, :at)")
                .setParameter("id", id).setParameter("patient", patientId).setParameter("text", text)
                .setParameter("subject", bySubject).setParameter("name", byName)
                .setParameter("at", Timestamp.from(at)).executeUpdate();
    }

    /** Clears the open flag {@code flagId} of the patient; false when there is no such open flag. */
    public boolean clear(UUID patientId, UUID flagId, String bySubject, String byName, Instant at) {
        return em.createNativeQuery("UPDATE gp_message_flag SET cleared_by_subject = :subject, cleared_by_name = :name, "
                        + "cleared_at = :at WHERE id = :id AND patient_id = :patient AND cleared_at IS NULL")
                .setParameter("subject", bySubject).setParameter("name", byName).setParameter("at", Timestamp.from(at))
                .setParameter("id", flagId).setParameter("patient", patientId).executeUpdate() > 0;
    }

    /** The patient's flags, newest first. */
    @SuppressWarnings("unchecked")
    public List<FlagRow> of(UUID patientId) {
        List<Tuple> rows = em.createNativeQuery("""
                SELECT id, text, coalesce(flagged_by_name, flagged_by_subject) AS flagged_by, flagged_at,
                       coalesce(cleared_by_name, cleared_by_subject) AS cleared_by, cleared_at
                  FROM gp_message_flag WHERE patient_id = :patient ORDER BY flagged_at DESC""", Tuple.class)
                .setParameter("patient", patientId).getResultList();
        return rows.stream().map(FlagRow::of).toList();
    }

    /** The patients among {@code patientIds} with an open flag. */
    @SuppressWarnings("unchecked")
    public Set<UUID> flagged(Collection<UUID> patientIds) {
        List<Tuple> rows = em.createNativeQuery("SELECT DISTINCT patient_id FROM gp_message_flag "
                        + "WHERE patient_id = ANY(:patients) AND cleared_at IS NULL", Tuple.class)
                .setParameter("patients", patientIds.toArray(UUID[]::new)).getResultList();
        return rows.stream().map(t -> t.get("patient_id", UUID.class)).collect(Collectors.toSet());
    }
}

package no.mila.dho.worklist.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.mila.dho.patient.application.PatientAccess;
import no.mila.dho.shared.persistence.SqlValues;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.security.CurrentUser;

/** "Message from the GP" flags on a patient: green alerts of a flagged patient are never acknowledged in bulk. */
@ApplicationScoped
public class GpMessages {

    /** A flag, open until cleared. */
    public record Flag(UUID id, String text, String flaggedBy, Instant flaggedAt, String clearedBy, Instant clearedAt) {
    }

    private final EntityManager em;
    private final PatientAccess access;
    private final CurrentUser user;
    private final Clock clock;

    public GpMessages(EntityManager em, PatientAccess access, CurrentUser user, Clock clock) {
        this.em = em;
        this.access = access;
        this.user = user;
        this.clock = clock;
    }

    @Transactional
    public UUID flag(UUID patientId, String text) {
        access.requireClinical(patientId);
        UUID id = UUID.randomUUID();
        em.createNativeQuery("INSERT INTO gp_message_flag (id, patient_id, text, flagged_by_subject, flagged_by_name, "
                        + "flagged_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, id).setParameter(2, patientId).setParameter(3, text).setParameter(4, user.subject())
                .setParameter(5, user.displayName()).setParameter(6, Timestamp.from(clock.instant())).executeUpdate();
        return id;
    }

    @Transactional
    public void clear(UUID patientId, UUID flagId) {
        access.requireClinical(patientId);
        int cleared = em.createNativeQuery("UPDATE gp_message_flag SET cleared_by_subject = ?1, cleared_by_name = ?2, "
                        + "cleared_at = ?3 WHERE id = ?4 AND patient_id = ?5 AND cleared_at IS NULL")
                .setParameter(1, user.subject()).setParameter(2, user.displayName())
                .setParameter(3, Timestamp.from(clock.instant())).setParameter(4, flagId).setParameter(5, patientId)
                .executeUpdate();
        if (cleared == 0) {
            throw ProblemException.notFound("An open message flag " + flagId);
        }
    }

    @SuppressWarnings("unchecked")
    public List<Flag> of(UUID patientId) {
        access.requireClinical(patientId);
        List<Object[]> rows = em.createNativeQuery("""
                SELECT id, text, coalesce(flagged_by_name, flagged_by_subject), flagged_at,
                       coalesce(cleared_by_name, cleared_by_subject), cleared_at
                  FROM gp_message_flag WHERE patient_id = ?1 ORDER BY flagged_at DESC""")
                .setParameter(1, patientId).getResultList();
        return rows.stream().map(r -> new Flag((UUID) r[0], (String) r[1], (String) r[2], SqlValues.instant(r[3]),
                (String) r[4], SqlValues.instant(r[5]))).toList();
    }
}

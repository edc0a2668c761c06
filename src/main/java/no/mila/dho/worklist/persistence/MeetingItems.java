package no.mila.dho.worklist.persistence;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.mila.dho.shared.persistence.SqlValues;

/**
 * The SQL of the specialist meeting's items ({@code specialist_meeting_item}); the patient feature's published
 * views give the departments, the patients' names and who may see them.
 */
@ApplicationScoped
public class MeetingItems {

    /** A patient waiting for the meeting, with how many alerts and tasks are open. */
    public record Waiting(UUID id, UUID patientId, String patientName, String department, String reason,
                          String flaggedBy, Instant flaggedAt, long openAlerts, long openTasks) {

        static Waiting of(Tuple t) {
            return new Waiting(t.get("id", UUID.class), t.get("patient_id", UUID.class),
                    t.get("patient_name", String.class), t.get("department", String.class),
                    t.get("reason", String.class), t.get("flagged_by", String.class),
                    SqlValues.instant(t.get("flagged_at")), t.get("open_alerts", Number.class).longValue(),
                    t.get("open_tasks", Number.class).longValue());
        }
    }

    private final EntityManager em;

    public MeetingItems(EntityManager em) {
        this.em = em;
    }

    public boolean departmentExists(String department) {
        return !em.createNativeQuery("SELECT 1 AS known FROM hospital_department_view WHERE code = :code", Tuple.class)
                .setParameter("code", department).getResultList().isEmpty();
    }

    public void insert(UUID id, UUID patientId, String department, String reason, String bySubject, String byName,
                       Instant at) {
        em.createNativeQuery("INSERT INTO specialist_meeting_item (id, patient_id, department, reason, flagged_by_subject, "
                        + "flagged_by_name, flagged_at) VALUES (:id, :patient, :department, :reason, :subject, :name, :at)")
                .setParameter("id", id).setParameter("patient", patientId).setParameter("department", department)
                .setParameter("reason", reason).setParameter("subject", bySubject).setParameter("name", byName)
                .setParameter("at", Timestamp.from(at)).executeUpdate();
    }

    /**
     * The items without an outcome of {@code department}, oldest first, of the patients {@code scope} lets the
     * caller see ({@code PatientAccess.nativeSearchScope}: a predicate over {@code p}, with its parameters).
     */
    @SuppressWarnings("unchecked")
    public List<Waiting> waiting(String department, String scope, Parameters scopeParams) {
        Query query = em.createNativeQuery("""
                SELECT m.id AS id, m.patient_id AS patient_id, n.given_name || ' ' || n.family_name AS patient_name,
                       m.department AS department, m.reason AS reason,
                       coalesce(m.flagged_by_name, m.flagged_by_subject) AS flagged_by, m.flagged_at AS flagged_at,
                       (SELECT count(*) FROM open_alert_view a WHERE a.patient_id = m.patient_id) AS open_alerts,
                       (SELECT count(*) FROM follow_up_task t WHERE t.patient_id = m.patient_id AND t.status <> 'CLOSED')
                           AS open_tasks
                  FROM specialist_meeting_item m
                  JOIN patient_responsibility_view p ON p.patient_id = m.patient_id
                  JOIN patient_episode_view n ON n.patient_id = m.patient_id
                 WHERE m.outcome IS NULL AND m.department = :department AND %s
                 ORDER BY m.flagged_at, m.id""".formatted(scope), Tuple.class);
        query.setParameter("department", department);
        scopeParams.map().forEach(query::setParameter);
        List<Tuple> rows = query.getResultList();
        return rows.stream().map(Waiting::of).toList();
    }

    /** The patient of meeting item {@code itemId}, if there is one. */
    @SuppressWarnings("unchecked")
    public Optional<UUID> patientOf(UUID itemId) {
        List<Tuple> rows = em.createNativeQuery("SELECT patient_id FROM specialist_meeting_item WHERE id = :id",
                Tuple.class).setParameter("id", itemId).getResultList();
        return rows.stream().findFirst().map(t -> t.get("patient_id", UUID.class));
    }

    /** The department of meeting item {@code itemId}, which exists. */
    public String departmentOf(UUID itemId) {
        return (String) em.createNativeQuery("SELECT department FROM specialist_meeting_item WHERE id = :id")
                .setParameter("id", itemId).getSingleResult();
    }

    /** Records the meeting's outcome; false when it already has one. */
    public boolean decide(UUID itemId, String outcome, String note, String bySubject, String byName, Instant at) {
        return em.createNativeQuery("UPDATE specialist_meeting_item SET outcome = :outcome, outcome_note = :note, "
                        + "decided_by_subject = :subject, decided_by_name = :name, decided_at = :at, version = version + 1 "
                        + "WHERE id = :id AND outcome IS NULL")
                .setParameter("outcome", outcome).setParameter("note", note).setParameter("subject", bySubject)
                .setParameter("name", byName).setParameter("at", Timestamp.from(at)).setParameter("id", itemId)
                .executeUpdate() > 0;
    }
}

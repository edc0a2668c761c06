package no.mila.dho.worklist.application;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.mila.dho.patient.application.PatientAccess;
import no.mila.dho.shared.persistence.SqlValues;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;
import no.mila.dho.shared.security.CurrentUser;

/**
 * The weekly interdisciplinary meeting with the specialists: patients brought up per department (lung, heart),
 * with their latest values and open items, and the meeting's outcome for each.
 */
@ApplicationScoped
public class SpecialistMeeting {

    /** The outcomes the meeting records. */
    public enum MeetingOutcome { PLAN_CHANGED, THRESHOLD_CHANGE_PROPOSED, URGENT_OUTPATIENT_APPOINTMENT, NO_ACTION }

    /** A patient on the meeting's list. */
    public record Entry(UUID id, UUID patientId, String patientName, String department, String reason, String flaggedBy,
                        Instant flaggedAt, long openAlerts, long openTasks,
                        List<WorklistQueries.LatestValue> latestValues) {
    }

    private final EntityManager em;
    private final PatientAccess access;
    private final CurrentUser user;
    private final Clock clock;
    private final WorklistQueries worklist;

    public SpecialistMeeting(EntityManager em, PatientAccess access, CurrentUser user, Clock clock,
                             WorklistQueries worklist) {
        this.em = em;
        this.access = access;
        this.user = user;
        this.clock = clock;
        this.worklist = worklist;
    }

    @Transactional
    public UUID bringUp(UUID patientId, String department, String reason) {
        access.requireClinical(patientId);
        requireKnown(department);
        UUID id = UUID.randomUUID();
        em.createNativeQuery("INSERT INTO specialist_meeting_item (id, patient_id, department, reason, flagged_by_subject, "
                        + "flagged_by_name, flagged_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, id).setParameter(2, patientId).setParameter(3, department).setParameter(4, reason)
                .setParameter(5, user.subject()).setParameter(6, user.displayName())
                .setParameter(7, Timestamp.from(clock.instant())).executeUpdate();
        return id;
    }

    /**
     * The patients waiting for the meeting of {@code department} that the caller may see, oldest first. The
     * conditions are joined with {@code AND}, each a predicate of its own with bound parameters.
     */
    @SuppressWarnings("unchecked")
    public List<Entry> list(String department) {
        requireKnown(department);
        Parameters params = Parameters.with("department", department);
        List<String> conditions = List.of("m.outcome IS NULL", "m.department = :department",
                access.nativeSearchScope(params));
        jakarta.persistence.Query query = em.createNativeQuery("""
                SELECT m.id, m.patient_id, p.given_name || ' ' || p.family_name, m.department, m.reason,
                       coalesce(m.flagged_by_name, m.flagged_by_subject), m.flagged_at,
                       (SELECT count(*) FROM alert a WHERE a.patient_id = p.id AND a.status <> 'CLOSED'),
                       (SELECT count(*) FROM follow_up_task t WHERE t.patient_id = p.id AND t.status <> 'CLOSED')
                  FROM specialist_meeting_item m JOIN patient p ON p.id = m.patient_id
                """ + " WHERE " + String.join(" AND ", conditions) + " ORDER BY m.flagged_at, m.id");
        params.map().forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        Map<UUID, List<WorklistQueries.LatestValue>> latest = worklist.latestValues(
                rows.stream().map(r -> (UUID) r[1]).distinct().toList());
        List<Entry> entries = new ArrayList<>();
        for (Object[] r : rows) {
            entries.add(new Entry((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                    SqlValues.instant(r[6]), ((Number) r[7]).longValue(), ((Number) r[8]).longValue(),
                    latest.getOrDefault((UUID) r[1], List.of())));
        }
        return entries;
    }

    private void requireKnown(String department) {
        if (em.createNativeQuery("SELECT 1 FROM hospital_department WHERE code = ?1").setParameter(1, department)
                .getResultList().isEmpty()) {
            throw ProblemException.invalid("department", "is not a known hospital department");
        }
    }

    @Transactional
    public void decide(UUID itemId, MeetingOutcome outcome, String note) {
        List<?> patient = em.createNativeQuery("SELECT patient_id FROM specialist_meeting_item WHERE id = ?1")
                .setParameter(1, itemId).getResultList();
        if (patient.isEmpty()) {
            throw ProblemException.notFound("Meeting item " + itemId);
        }
        access.requireClinical((UUID) patient.get(0));
        int decided = em.createNativeQuery("UPDATE specialist_meeting_item SET outcome = ?1, outcome_note = ?2, "
                        + "decided_by_subject = ?3, decided_by_name = ?4, decided_at = ?5, version = version + 1 "
                        + "WHERE id = ?6 AND outcome IS NULL")
                .setParameter(1, outcome.name()).setParameter(2, note).setParameter(3, user.subject())
                .setParameter(4, user.displayName()).setParameter(5, Timestamp.from(clock.instant()))
                .setParameter(6, itemId).executeUpdate();
        if (decided == 0) {
            throw new ProblemException(ProblemType.CONFLICT, "The meeting already recorded an outcome for this patient");
        }
    }
}

package no.mila.dho.worklist.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.mila.dho.shared.persistence.SqlValues;

/**
 * Whole follow-up tasks with their handling, for the reads of other systems (FHIR {@code Task}): one by id, and a
 * patient's tasks in chosen handling statuses ordered by due date, with LIMIT and the count.
 */
@ApplicationScoped
public class TaskReadStore {

    /** A task as stored; type, status and outcome by name. */
    public record Row(UUID id, UUID patientId, String type, LocalDate dueDate, String detail, String status,
                      Instant createdAt, String heldBy, Instant claimedAt, String closedBy, Instant closedAt,
                      String outcome, String note, long version) {

        static Row of(Tuple t) {
            return new Row(t.get("id", UUID.class), t.get("patient_id", UUID.class), t.get("type", String.class),
                    SqlValues.localDate(t.get("due_date")), t.get("detail", String.class),
                    t.get("status", String.class), SqlValues.instant(t.get("created_at")),
                    t.get("held_by", String.class), SqlValues.instant(t.get("claimed_at")),
                    t.get("closed_by", String.class), SqlValues.instant(t.get("closed_at")),
                    t.get("outcome", String.class), t.get("note", String.class),
                    t.get("version", Number.class).longValue());
        }
    }

    private static final String COLUMNS = """
            SELECT t.id AS id, t.patient_id AS patient_id, t.type AS type, t.due_date AS due_date, t.detail AS detail,
                   t.status AS status, t.created_at AS created_at,
                   coalesce(t.claimed_by_name, t.claimed_by_subject) AS held_by, t.claimed_at AS claimed_at,
                   coalesce(t.closed_by_name, t.closed_by_subject) AS closed_by, t.closed_at AS closed_at,
                   t.outcome AS outcome, t.note AS note, t.version AS version
              FROM follow_up_task t""";

    private static final String OF_PATIENT = " WHERE t.patient_id = :patient AND t.status = ANY(:statuses)";

    private final EntityManager em;

    public TaskReadStore(EntityManager em) {
        this.em = em;
    }

    /** The task {@code id}, if there is one. */
    @SuppressWarnings("unchecked")
    public Optional<Row> byId(UUID id) {
        List<Tuple> rows = em.createNativeQuery(COLUMNS + " WHERE t.id = :id", Tuple.class).setParameter("id", id)
                .getResultList();
        return rows.stream().findFirst().map(Row::of);
    }

    /**
     * The first {@code limit} of the patient's tasks in {@code statuses} (by name), by due date (then when created,
     * then id), the latest first when {@code descending}.
     */
    @SuppressWarnings("unchecked")
    public List<Row> first(UUID patientId, String[] statuses, boolean descending, int limit) {
        String direction = descending ? " DESC" : "";
        List<Tuple> rows = em.createNativeQuery(COLUMNS + OF_PATIENT + " ORDER BY t.due_date" + direction
                        + ", t.created_at" + direction + ", t.id" + direction + " LIMIT :limit", Tuple.class)
                .setParameter("patient", patientId).setParameter("statuses", statuses).setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(Row::of).toList();
    }

    /** How many of the patient's tasks are in {@code statuses}. */
    public long count(UUID patientId, String[] statuses) {
        Tuple row = (Tuple) em.createNativeQuery("SELECT count(*) AS n FROM follow_up_task t" + OF_PATIENT,
                Tuple.class).setParameter("patient", patientId).setParameter("statuses", statuses).getSingleResult();
        return row.get("n", Number.class).longValue();
    }
}

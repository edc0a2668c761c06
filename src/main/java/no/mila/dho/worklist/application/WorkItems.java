package no.mila.dho.worklist.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.mila.dho.audit.AuditContext;
import no.mila.dho.shared.persistence.SqlValues;
import no.mila.dho.shared.problem.FieldViolation;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;
import no.mila.dho.shared.security.CurrentUser;
import no.mila.dho.worklist.domain.Outcome;

/**
 * Claiming and closing the items of the worklist (alerts and tasks alike). A claim is one conditional update,
 * so of two nurses claiming the same item exactly one gets it (the other 409); only the nurse holding an item
 * closes it, with an outcome and a note; a closed item never changes (a database trigger keeps it so). Every
 * step is appended to the item's trail.
 */
@ApplicationScoped
public class WorkItems {

    /** The kinds of worklist item, with their table and trail column. */
    public enum Kind {
        ALERT("alert", "alert_id"), TASK("follow_up_task", "task_id");

        final String table;
        final String trailColumn;

        Kind(String table, String trailColumn) {
            this.table = table;
            this.trailColumn = trailColumn;
        }
    }

    /** Green alerts acknowledged in bulk, and those left for a closer look, with why. */
    public record BulkResult(int acknowledged, List<Skipped> skipped) {
    }

    /** An alert the bulk acknowledgement left alone. */
    public record Skipped(UUID alertId, UUID patientId, String reason) {
    }

    private final EntityManager em;
    private final CurrentUser user;
    private final Clock clock;
    private final AuditContext audit;

    public WorkItems(EntityManager em, CurrentUser user, Clock clock, AuditContext audit) {
        this.em = em;
        this.user = user;
        this.clock = clock;
        this.audit = audit;
    }

    @Transactional
    public void claim(Kind kind, UUID id) {
        audit.patient(patientOf(kind, id));
        int claimed = em.createNativeQuery("UPDATE " + kind.table + " SET status = 'CLAIMED', claimed_by_subject = ?1, "
                        + "claimed_by_name = ?2, claimed_at = ?3, version = version + 1 WHERE id = ?4 AND status = 'OPEN'")
                .setParameter(1, user.subject()).setParameter(2, user.displayName())
                .setParameter(3, Timestamp.from(clock.instant())).setParameter(4, id).executeUpdate();
        if (claimed == 0) {
            throw new ProblemException(ProblemType.CONFLICT, "The " + kind.name().toLowerCase() + " is "
                    + holder(kind, id) + "; it can be claimed only while open");
        }
        trail(kind, id, "CLAIMED", null, null);
    }

    /** Gives a claimed item back to the list (only its holder). */
    @Transactional
    public void release(Kind kind, UUID id) {
        audit.patient(patientOf(kind, id));
        int released = em.createNativeQuery("UPDATE " + kind.table + " SET status = 'OPEN', claimed_by_subject = NULL, "
                        + "claimed_by_name = NULL, claimed_at = NULL, version = version + 1 "
                        + "WHERE id = ?1 AND status = 'CLAIMED' AND claimed_by_subject = ?2")
                .setParameter(1, id).setParameter(2, user.subject()).executeUpdate();
        if (released == 0) {
            throw new ProblemException(ProblemType.CONFLICT, "Only the nurse holding the " + kind.name().toLowerCase()
                    + " can release it; it is " + holder(kind, id));
        }
        trail(kind, id, "RELEASED", null, null);
    }

    @Transactional
    public void close(Kind kind, UUID id, Outcome outcome, String note) {
        audit.patient(patientOf(kind, id));
        if (outcome == Outcome.OTHER && (note == null || note.isBlank())) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "Say what was done",
                    List.of(new FieldViolation("note", "is required with outcome OTHER")));
        }
        int closed = em.createNativeQuery("UPDATE " + kind.table + " SET status = 'CLOSED', closed_by_subject = ?1, "
                        + "closed_by_name = ?2, closed_at = ?3, outcome = ?4, note = ?5, version = version + 1 "
                        + "WHERE id = ?6 AND status = 'CLAIMED' AND claimed_by_subject = ?1")
                .setParameter(1, user.subject()).setParameter(2, user.displayName())
                .setParameter(3, Timestamp.from(clock.instant())).setParameter(4, outcome.name()).setParameter(5, note)
                .setParameter(6, id).executeUpdate();
        if (closed == 0) {
            throw new ProblemException(ProblemType.CONFLICT, "Claim the " + kind.name().toLowerCase()
                    + " before closing it; it is " + holder(kind, id));
        }
        trail(kind, id, "CLOSED", outcome.name(), note);
    }

    /**
     * Acknowledges open green alerts ("kvittert ut") without contact, except for patients with an open message
     * from the GP, and alerts that are not green or no longer open: those are listed with the reason.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public BulkResult acknowledgeGreen(List<UUID> alertIds) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT a.id, a.patient_id, a.zone, a.status,
                       EXISTS (SELECT 1 FROM gp_message_flag g WHERE g.patient_id = a.patient_id AND g.cleared_at IS NULL)
                  FROM alert a WHERE a.id = ANY(?1) ORDER BY a.id FOR UPDATE""")
                .setParameter(1, alertIds.toArray(UUID[]::new)).getResultList();
        List<Skipped> skipped = new ArrayList<>();
        List<UUID> acknowledge = new ArrayList<>();
        for (Object[] r : rows) {
            UUID alertId = (UUID) r[0];
            UUID patientId = (UUID) r[1];
            if (!"GREEN".equals(r[2])) {
                skipped.add(new Skipped(alertId, patientId, "Not green: handle it on its own"));
            } else if (!"OPEN".equals(r[3])) {
                skipped.add(new Skipped(alertId, patientId, "Not open (" + r[3] + ")"));
            } else if ((Boolean) r[4]) {
                skipped.add(new Skipped(alertId, patientId, "Open message from the GP: read it first"));
            } else {
                acknowledge.add(alertId);
            }
        }
        rows.stream().map(r -> (UUID) r[0]).forEach(alertIds::remove);
        alertIds.forEach(id -> skipped.add(new Skipped(id, null, "No such alert")));
        if (!acknowledge.isEmpty()) {
            em.createNativeQuery("UPDATE alert SET status = 'CLOSED', closed_by_subject = ?1, closed_by_name = ?2, "
                            + "closed_at = ?3, outcome = 'ACKNOWLEDGED_WITHOUT_CONTACT', note = ?4, version = version + 1 "
                            + "WHERE id = ANY(?5)")
                    .setParameter(1, user.subject()).setParameter(2, user.displayName())
                    .setParameter(3, Timestamp.from(clock.instant())).setParameter(4, "Kvittert ut (grønn)")
                    .setParameter(5, acknowledge.toArray(UUID[]::new)).executeUpdate();
            acknowledge.forEach(id -> trail(Kind.ALERT, id, "CLOSED", "ACKNOWLEDGED_WITHOUT_CONTACT", "Kvittert ut (grønn)"));
        }
        return new BulkResult(acknowledge.size(), skipped);
    }

    /**
     * An alert or task as it stands, with its trail; for an alert also the app's id of the report that raised it
     * and the threshold version that report was evaluated against (every report raises one alert).
     */
    public record Details(UUID id, UUID patientId, String status, String claimedBy, Instant claimedAt, String closedBy,
                          Instant closedAt, String outcome, String note, UUID reportId, Integer thresholdVersion,
                          List<Event> trail) {
    }

    /** One step of an item's trail. */
    public record Event(String event, Instant at, String actorName, String actorRole, String outcome, String note) {
    }

    @SuppressWarnings("unchecked")
    public Details details(Kind kind, UUID id) {
        audit.patient(patientOf(kind, id));
        Object[] r = (Object[]) em.createNativeQuery("SELECT id, patient_id, status, coalesce(claimed_by_name, "
                        + "claimed_by_subject), claimed_at, coalesce(closed_by_name, closed_by_subject), closed_at, outcome, note "
                        + "FROM " + kind.table + " WHERE id = ?1").setParameter(1, id).getSingleResult();
        List<Object[]> events = em.createNativeQuery("SELECT event, at, coalesce(actor_name, actor_subject), actor_role, "
                + "outcome, note FROM worklist_event WHERE " + kind.trailColumn + " = ?1 ORDER BY id")
                .setParameter(1, id).getResultList();
        Object[] report = kind == Kind.ALERT ? (Object[]) em.createNativeQuery("SELECT r.client_report_id, t.version_no "
                + "FROM alert a JOIN report r ON r.id = a.report_id LEFT JOIN threshold_set t ON t.id = r.threshold_set_id "
                + "WHERE a.id = ?1").setParameter(1, id).getSingleResult() : new Object[] {null, null};
        return new Details((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3], SqlValues.instant(r[4]), (String) r[5], SqlValues.instant(r[6]),
                (String) r[7], (String) r[8], (UUID) report[0], report[1] == null ? null : ((Number) report[1]).intValue(),
                events.stream().map(e -> new Event((String) e[0], SqlValues.instant(e[1]), (String) e[2],
                (String) e[3], (String) e[4], (String) e[5])).toList());
    }


    private UUID patientOf(Kind kind, UUID id) {
        List<?> found = em.createNativeQuery("SELECT patient_id FROM " + kind.table + " WHERE id = ?1")
                .setParameter(1, id).getResultList();
        if (found.isEmpty()) {
            throw ProblemException.notFound("The " + kind.name().toLowerCase() + " " + id);
        }
        return (UUID) found.get(0);
    }

    private String holder(Kind kind, UUID id) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT status, coalesce(claimed_by_name, claimed_by_subject) FROM "
                + kind.table + " WHERE id = ?1").setParameter(1, id).getSingleResult();
        return "CLAIMED".equals(row[0]) ? "claimed by " + row[1] : String.valueOf(row[0]).toLowerCase();
    }

    private void trail(Kind kind, UUID id, String event, String outcome, String note) {
        em.createNativeQuery("INSERT INTO worklist_event (" + kind.trailColumn + ", event, at, actor_subject, actor_name, "
                        + "actor_role, outcome, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                .setParameter(1, id).setParameter(2, event).setParameter(3, Timestamp.from(clock.instant()))
                .setParameter(4, user.subject()).setParameter(5, user.displayName()).setParameter(6, user.primaryRole())
                .setParameter(7, outcome).setParameter(8, note).executeUpdate();
    }
}

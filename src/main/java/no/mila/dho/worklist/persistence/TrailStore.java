package no.mila.dho.worklist.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import no.mila.dho.alert.domain.HandlingStep;
import no.mila.dho.alert.domain.HandlingTrail;
import no.mila.dho.alert.domain.Outcome;
import no.mila.dho.shared.persistence.SqlValues;

/**
 * The trail of the worklist's items ({@code worklist_event}, append-only): who claimed, released and closed an
 * alert or a task, when and with what. The worklist owns the trail of both; the alert feature appends to the trail
 * of its alerts through {@code alert.application.AlertTrail}.
 */
@ApplicationScoped
public class TrailStore {

    /** Whose trail: the column naming the item. */
    public enum Of {
        ALERT("alert_id"), TASK("task_id");

        private final String column;

        Of(String column) {
            this.column = column;
        }
    }

    private final EntityManager em;

    public TrailStore(EntityManager em) {
        this.em = em;
    }

    /** The trail of the alerts or of the tasks. */
    public HandlingTrail of(Of of) {
        return new HandlingTrail() {
            @Override
            public void append(UUID id, HandlingStep step) {
                TrailStore.this.append(of, id, step);
            }

            @Override
            public List<HandlingStep> of(UUID id) {
                return steps(of, id);
            }
        };
    }

    private void append(Of of, UUID id, HandlingStep step) {
        em.createNativeQuery("INSERT INTO worklist_event (" + of.column + ", event, at, actor_subject, actor_name, "
                        + "actor_role, outcome, note) VALUES (:id, :event, :at, :subject, :name, :role, :outcome, :note)")
                .setParameter("id", id).setParameter("event", step.kind().name())
                .setParameter("at", Timestamp.from(step.at())).setParameter("subject", step.actorSubject())
                .setParameter("name", step.actorName()).setParameter("role", step.actorRole())
                .setParameter("outcome", step.outcome() == null ? null : step.outcome().name())
                .setParameter("note", step.note()).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private List<HandlingStep> steps(Of of, UUID id) {
        List<Tuple> rows = em.createNativeQuery("SELECT event, at, actor_subject, actor_name, actor_role, outcome, note "
                + "FROM worklist_event WHERE " + of.column + " = :id ORDER BY id", Tuple.class)
                .setParameter("id", id).getResultList();
        return rows.stream().map(TrailStore::step).toList();
    }

    private static HandlingStep step(Tuple t) {
        String outcome = t.get("outcome", String.class);
        return new HandlingStep(HandlingStep.Kind.valueOf(t.get("event", String.class)), SqlValues.instant(t.get("at")),
                t.get("actor_subject", String.class), t.get("actor_name", String.class),
                t.get("actor_role", String.class), outcome == null ? null : Outcome.valueOf(outcome),
                t.get("note", String.class));
    }
}

package no.mila.dho.worklist.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.mila.dho.alert.domain.HandlingStep;
import no.mila.dho.alert.domain.HandlingTrail;
import no.mila.dho.alert.domain.Outcome;
import no.mila.dho.shared.persistence.SqlValues;

/**
 * The trail of the worklist's items ({@code worklist_event}, append-only): who claimed, released, closed, took over
 * or reassigned an alert or a task, when and with what; a hand-over with from whom, to whom and why. The worklist owns the trail of both; the alert feature appends to the trail
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

    /** The nurse with this token subject, by the name of their latest step on the worklist as a nurse. */
    @SuppressWarnings("unchecked")
    public Optional<HandlingStep.Nurse> nurse(String subject) {
        List<String> names = em.createNativeQuery("SELECT coalesce(actor_name, actor_subject) FROM worklist_event "
                        + "WHERE actor_subject = :subject AND actor_role = 'nurse' ORDER BY id DESC LIMIT 1")
                .setParameter("subject", subject).getResultList();
        return names.stream().findFirst().map(name -> new HandlingStep.Nurse(subject, name));
    }

    private void append(Of of, UUID id, HandlingStep step) {
        HandlingStep.HandOver h = step.handOver();
        HandlingStep.Nurse from = h == null ? null : h.from();
        HandlingStep.Nurse to = h == null ? null : h.to();
        em.createNativeQuery("INSERT INTO worklist_event (" + of.column + ", event, at, actor_subject, actor_name, "
                        + "actor_role, outcome, note, from_subject, from_name, to_subject, to_name, reason) VALUES (:id, "
                        + ":event, :at, :subject, :name, :role, :outcome, :note, :fromSubject, :fromName, :toSubject, "
                        + ":toName, :reason)")
                .setParameter("id", id).setParameter("event", step.kind().name())
                .setParameter("at", Timestamp.from(step.at())).setParameter("subject", step.actorSubject())
                .setParameter("name", step.actorName()).setParameter("role", step.actorRole())
                .setParameter("outcome", step.outcome() == null ? null : step.outcome().name())
                .setParameter("note", step.note())
                .setParameter("fromSubject", from == null ? null : from.subject())
                .setParameter("fromName", from == null ? null : from.name())
                .setParameter("toSubject", to == null ? null : to.subject())
                .setParameter("toName", to == null ? null : to.name())
                .setParameter("reason", h == null ? null : h.reason()).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private List<HandlingStep> steps(Of of, UUID id) {
        List<Tuple> rows = em.createNativeQuery("SELECT event, at, actor_subject, actor_name, actor_role, outcome, note, "
                + "from_subject, from_name, to_subject, to_name, reason FROM worklist_event WHERE " + of.column
                + " = :id ORDER BY id", Tuple.class).setParameter("id", id).getResultList();
        return rows.stream().map(TrailStore::step).toList();
    }

    private static HandlingStep step(Tuple t) {
        String outcome = t.get("outcome", String.class);
        String reason = t.get("reason", String.class);
        HandlingStep.HandOver handOver = reason == null ? null : new HandlingStep.HandOver(
                nurse(t, "from"), nurse(t, "to"), reason);
        return new HandlingStep(HandlingStep.Kind.valueOf(t.get("event", String.class)), SqlValues.instant(t.get("at")),
                t.get("actor_subject", String.class), t.get("actor_name", String.class),
                t.get("actor_role", String.class), outcome == null ? null : Outcome.valueOf(outcome),
                t.get("note", String.class), handOver);
    }

    private static HandlingStep.Nurse nurse(Tuple t, String side) {
        String subject = t.get(side + "_subject", String.class);
        return subject == null ? null : new HandlingStep.Nurse(subject, t.get(side + "_name", String.class));
    }
}

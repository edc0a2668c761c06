package no.mila.dho.alert.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.mila.dho.alert.domain.HandledItems;
import no.mila.dho.alert.domain.HandlingState;
import no.mila.dho.alert.domain.HandlingStatus;
import no.mila.dho.alert.domain.HandlingStep;
import no.mila.dho.alert.domain.Outcome;
import no.mila.dho.shared.persistence.SqlValues;

/**
 * The SQL of handling worklist items in a table with the handling columns (status, claimed_by_*, closed_by_*,
 * outcome, note, version; V6 gave them to {@code alert} and to the worklist's {@code follow_up_task}). The
 * feature owning a table names it when it makes one of these ({@link AlertStore} for alerts, the worklist's task
 * store for tasks): nothing here names a table. The rules of who may take a step are {@link HandlingState}'s; the
 * updates here follow a {@link #lock}.
 */
public final class HandledTable implements HandledItems {

    private final EntityManager em;
    private final String table;
    private final String item;

    public HandledTable(EntityManager em, String table, String item) {
        this.em = em;
        this.table = table;
        this.item = item;
    }

    @Override
    public String item() {
        return item;
    }

    @Override
    public Optional<HandlingState> find(UUID id) {
        return select(id, "");
    }

    @Override
    public Optional<HandlingState> lock(UUID id) {
        return select(id, " FOR UPDATE");
    }

    @Override
    public void claim(UUID id, HandlingStep step) {
        em.createNativeQuery("UPDATE " + table + " SET status = 'CLAIMED', claimed_by_subject = :subject, "
                        + "claimed_by_name = :name, claimed_at = :at, version = version + 1 WHERE id = :id")
                .setParameter("subject", step.actorSubject()).setParameter("name", step.actorName())
                .setParameter("at", Timestamp.from(step.at())).setParameter("id", id).executeUpdate();
    }

    @Override
    public void release(UUID id) {
        em.createNativeQuery("UPDATE " + table + " SET status = 'OPEN', claimed_by_subject = NULL, "
                        + "claimed_by_name = NULL, claimed_at = NULL, version = version + 1 WHERE id = :id")
                .setParameter("id", id).executeUpdate();
    }

    @Override
    public void close(UUID id, HandlingStep step) {
        close(List.of(id), step);
    }

    /** Closes the locked items {@code ids} by the step's actor, with its outcome and note. */
    public void close(List<UUID> ids, HandlingStep step) {
        em.createNativeQuery("UPDATE " + table + " SET status = 'CLOSED', closed_by_subject = :subject, "
                        + "closed_by_name = :name, closed_at = :at, outcome = :outcome, note = :note, "
                        + "version = version + 1 WHERE id = ANY(:ids)")
                .setParameter("subject", step.actorSubject()).setParameter("name", step.actorName())
                .setParameter("at", Timestamp.from(step.at())).setParameter("outcome", step.outcome().name())
                .setParameter("note", step.note()).setParameter("ids", ids.toArray(UUID[]::new)).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private Optional<HandlingState> select(UUID id, String lock) {
        List<Tuple> rows = em.createNativeQuery("""
                SELECT id, patient_id, status, claimed_by_subject,
                       coalesce(claimed_by_name, claimed_by_subject) AS claimed_by, claimed_at,
                       coalesce(closed_by_name, closed_by_subject) AS closed_by, closed_at, outcome, note
                  FROM %s WHERE id = :id%s""".formatted(table, lock), Tuple.class)
                .setParameter("id", id).getResultList();
        return rows.stream().findFirst().map(HandledTable::state);
    }

    private static HandlingState state(Tuple t) {
        String outcome = t.get("outcome", String.class);
        return new HandlingState(t.get("id", UUID.class), t.get("patient_id", UUID.class),
                HandlingStatus.valueOf(t.get("status", String.class)), t.get("claimed_by_subject", String.class),
                t.get("claimed_by", String.class), SqlValues.instant(t.get("claimed_at")),
                t.get("closed_by", String.class), SqlValues.instant(t.get("closed_at")),
                outcome == null ? null : Outcome.valueOf(outcome), t.get("note", String.class));
    }
}

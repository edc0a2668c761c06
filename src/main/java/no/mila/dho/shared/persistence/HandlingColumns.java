package no.mila.dho.shared.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The SQL of the handling columns of worklist items (id, patient_id, status, claimed_by_*, closed_by_*, outcome,
 * note, version; V6 gave them to the alert feature's {@code alert} and the worklist's {@code follow_up_task}). The
 * feature owning such a table names it, in its persistence package, when it makes one of these: nothing here names
 * a table. Who may take a step is decided before (the alert feature's {@code HandlingState}); the updates follow a
 * {@link #lock}.
 */
public final class HandlingColumns {

    /** An item's handling columns as stored; status and outcome by name. */
    public record Row(UUID id, UUID patientId, String status, String claimedBySubject, String claimedBy,
                      Instant claimedAt, String closedBy, Instant closedAt, String outcome, String note) {

        static Row of(Tuple t) {
            return new Row(t.get("id", UUID.class), t.get("patient_id", UUID.class), t.get("status", String.class),
                    t.get("claimed_by_subject", String.class), t.get("claimed_by", String.class),
                    SqlValues.instant(t.get("claimed_at")), t.get("closed_by", String.class),
                    SqlValues.instant(t.get("closed_at")), t.get("outcome", String.class), t.get("note", String.class));
        }
    }

    private static final String SELECT = """
            SELECT id, patient_id, status, claimed_by_subject,
                   coalesce(claimed_by_name, claimed_by_subject) AS claimed_by, claimed_at,
                   coalesce(closed_by_name, closed_by_subject) AS closed_by, closed_at, outcome, note
              FROM %s WHERE %s""";

    private final EntityManager em;
    private final String table;

    public HandlingColumns(EntityManager em, String table) {
        this.em = em;
        this.table = table;
    }

    /** The item as it stands, if it exists. */
    public Optional<Row> find(UUID id) {
        return select(id, "");
    }

    /** The item as it stands, locked until the transaction ends. */
    public Optional<Row> lock(UUID id) {
        return select(id, " FOR UPDATE");
    }

    /** Marks the locked item claimed by {@code subject} ({@code name}) at {@code at}. */
    public void claim(UUID id, String subject, String name, Instant at) {
        em.createNativeQuery("UPDATE " + table + " SET status = 'CLAIMED', claimed_by_subject = :subject, "
                        + "claimed_by_name = :name, claimed_at = :at, version = version + 1 WHERE id = :id")
                .setParameter("subject", subject).setParameter("name", name)
                .setParameter("at", Timestamp.from(at)).setParameter("id", id).executeUpdate();
    }

    /**
     * Gives the item held by {@code from} (null: open) to {@code subject} ({@code name}) from {@code at}, only if it
     * still stands so; returns whether it did. The condition repeats what was decided on the locked row, so that the
     * database decides even without the lock.
     */
    public boolean handOver(UUID id, String from, String subject, String name, Instant at) {
        String stands = from == null ? "status = 'OPEN'" : "status = 'CLAIMED' AND claimed_by_subject = :from";
        Query update = em.createNativeQuery("UPDATE " + table + " SET status = 'CLAIMED', "
                        + "claimed_by_subject = :subject, claimed_by_name = :name, claimed_at = :at, "
                        + "version = version + 1 WHERE id = :id AND " + stands)
                .setParameter("subject", subject).setParameter("name", name).setParameter("at", Timestamp.from(at))
                .setParameter("id", id);
        if (from != null) {
            update.setParameter("from", from);
        }
        return update.executeUpdate() == 1;
    }

    /**
     * At most {@code limit} items claimed before {@code cutoff}, oldest claim first, locked; those another
     * transaction holds locked (a nurse closing one, another replica's job) are skipped.
     */
    @SuppressWarnings("unchecked")
    public List<Row> lockClaimedBefore(Instant cutoff, int limit) {
        List<Tuple> rows = em.createNativeQuery(SELECT.formatted(table,
                        "status = 'CLAIMED' AND claimed_at < :cutoff ORDER BY claimed_at, id LIMIT :limit "
                                + "FOR UPDATE SKIP LOCKED"), Tuple.class)
                .setParameter("cutoff", Timestamp.from(cutoff)).setParameter("limit", limit).getResultList();
        return rows.stream().map(Row::of).toList();
    }

    /** Gives the locked item back to the list. */
    public void release(UUID id) {
        em.createNativeQuery("UPDATE " + table + " SET status = 'OPEN', claimed_by_subject = NULL, "
                        + "claimed_by_name = NULL, claimed_at = NULL, version = version + 1 WHERE id = :id")
                .setParameter("id", id).executeUpdate();
    }

    /** Closes the locked items {@code ids} by {@code subject} ({@code name}) at {@code at}, with outcome and note. */
    public void close(List<UUID> ids, String subject, String name, Instant at, String outcome, String note) {
        em.createNativeQuery("UPDATE " + table + " SET status = 'CLOSED', closed_by_subject = :subject, "
                        + "closed_by_name = :name, closed_at = :at, outcome = :outcome, note = :note, "
                        + "version = version + 1 WHERE id = ANY(:ids)")
                .setParameter("subject", subject).setParameter("name", name)
                .setParameter("at", Timestamp.from(at)).setParameter("outcome", outcome)
                .setParameter("note", note).setParameter("ids", ids.toArray(UUID[]::new)).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private Optional<Row> select(UUID id, String lock) {
        List<Tuple> rows = em.createNativeQuery(SELECT.formatted(table, "id = :id" + lock), Tuple.class)
                .setParameter("id", id).getResultList();
        return rows.stream().findFirst().map(Row::of);
    }
}

package no.mila.dho.outbox.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.mila.dho.outbox.domain.Addressee;
import no.mila.dho.outbox.domain.Recipient;
import no.mila.dho.outbox.domain.RecipientChange;
import no.mila.dho.outbox.domain.RecipientKind;
import no.mila.dho.shared.persistence.SqlValues;

/** The SQL of the recipient register ({@code message_recipient}) and its trail ({@code message_recipient_change}). */
@ApplicationScoped
public class RecipientRows {

    private static final String COLUMNS = """
            id, kind, recipient_key, name, her_id, organisation_number, transport, endpoint, active""";

    private final EntityManager em;

    public RecipientRows(EntityManager em) {
        this.em = em;
    }

    /** The active entry for an address, if any. */
    public Optional<Recipient> active(Addressee to) {
        return list("WHERE kind = :kind AND recipient_key = :key AND active", to.kind().name(), to.key())
                .stream().findFirst();
    }

    public Optional<Recipient> byId(UUID id) {
        return em.createNativeQuery("SELECT " + COLUMNS + " FROM message_recipient WHERE id = :id", Tuple.class)
                .setParameter("id", id).getResultStream().findFirst().map(t -> recipient((Tuple) t));
    }

    /** The entry for an address, active or not. */
    public Optional<Recipient> byAddress(Addressee to) {
        return list("WHERE kind = :kind AND recipient_key = :key", to.kind().name(), to.key()).stream().findFirst();
    }

    /** Every entry, by kind and key. */
    public List<Recipient> all() {
        return list("", null, null);
    }

    public void insert(Recipient r) {
        em.createNativeQuery("INSERT INTO message_recipient (" + COLUMNS + """
                        ) VALUES (:id, :kind, :key, :name, NULLIF(:herId, ''), NULLIF(:org, ''), :transport,
                                  NULLIF(:endpoint, ''), :active)""")
                .setParameter("id", r.id()).setParameter("kind", r.kind().name()).setParameter("key", r.key())
                .setParameter("name", r.name()).setParameter("herId", orEmpty(r.herId()))
                .setParameter("org", orEmpty(r.organisationNumber())).setParameter("transport", r.transport())
                .setParameter("endpoint", orEmpty(r.endpoint())).setParameter("active", r.active()).executeUpdate();
    }

    /** Overwrites the entry's fields (not its id). */
    public void update(Recipient r) {
        em.createNativeQuery("""
                        UPDATE message_recipient SET kind = :kind, recipient_key = :key, name = :name, her_id = NULLIF(:herId, ''),
                               organisation_number = NULLIF(:org, ''), transport = :transport,
                               endpoint = NULLIF(:endpoint, ''),
                               active = :active
                         WHERE id = :id""")
                .setParameter("id", r.id()).setParameter("kind", r.kind().name()).setParameter("key", r.key())
                .setParameter("name", r.name()).setParameter("herId", orEmpty(r.herId()))
                .setParameter("org", orEmpty(r.organisationNumber())).setParameter("transport", r.transport())
                .setParameter("endpoint", orEmpty(r.endpoint())).setParameter("active", r.active()).executeUpdate();
    }

    /** One line of the trail: {@code beforeJson} null for a creation. */
    public void change(UUID recipientId, String change, String beforeJson, String afterJson, Instant at,
                       String bySubject, String byName) {
        em.createNativeQuery("""
                        INSERT INTO message_recipient_change (recipient_id, change, before, after, changed_at,
                               by_subject, by_name)
                        VALUES (:id, :change, CAST(:before AS jsonb), CAST(:after AS jsonb), :at, :subject, NULLIF(:name, ''))""")
                .setParameter("id", recipientId).setParameter("change", change)
                .setParameter("before", beforeJson == null ? "null" : beforeJson).setParameter("after", afterJson)
                .setParameter("at", Timestamp.from(at)).setParameter("subject", bySubject)
                .setParameter("name", orEmpty(byName)).executeUpdate();
    }

    /** The trail of one entry, oldest first. */
    @SuppressWarnings("unchecked")
    public List<RecipientChange> changes(UUID recipientId) {
        List<Tuple> rows = em.createNativeQuery("""
                        SELECT change, CAST(before AS text) AS before, CAST(after AS text) AS after,
                               changed_at, coalesce(by_name, by_subject) AS by
                          FROM message_recipient_change WHERE recipient_id = :id ORDER BY id""", Tuple.class)
                .setParameter("id", recipientId).getResultList();
        return rows.stream().map(t -> new RecipientChange(t.get("change", String.class), t.get("before", String.class),
                t.get("after", String.class), SqlValues.instant(t.get("changed_at")), t.get("by", String.class)))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<Recipient> list(String where, String kind, String key) {
        var query = em.createNativeQuery("SELECT " + COLUMNS + " FROM message_recipient " + where
                + " ORDER BY kind, recipient_key", Tuple.class);
        if (kind != null) {
            query.setParameter("kind", kind).setParameter("key", key);
        }
        return ((List<Tuple>) query.getResultList()).stream().map(RecipientRows::recipient).toList();
    }

    /** Nullable text goes in as '' and back to NULL by NULLIF: a null parameter would have no SQL type. */
    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static Recipient recipient(Tuple t) {
        return new Recipient(t.get("id", UUID.class), RecipientKind.valueOf(t.get("kind", String.class)),
                t.get("recipient_key", String.class), t.get("name", String.class), t.get("her_id", String.class),
                t.get("organisation_number", String.class), t.get("transport", String.class),
                t.get("endpoint", String.class), t.get("active", Boolean.class));
    }
}

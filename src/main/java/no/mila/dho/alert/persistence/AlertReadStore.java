package no.mila.dho.alert.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.mila.dho.shared.persistence.SqlValues;

/**
 * Whole alerts of one patient (zone, reasons, when received, and their handling), for the reads of other systems
 * (FHIR {@code Flag} and {@code Task}): one by id, the one of a report, and a patient's alerts filtered by handling
 * status and by the period an alert was open, in a chosen order with LIMIT/OFFSET. The reasons stay as stored (JSON).
 */
@ApplicationScoped
public class AlertReadStore {

    /** An alert as stored; status and outcome by name. */
    public record Row(UUID id, UUID patientId, String zone, String reasonsJson, Instant receivedAt, String status,
                      String heldBy, Instant claimedAt, String closedBy, Instant closedAt, String outcome, String note,
                      long version) {

        static Row of(Tuple t) {
            return new Row(t.get("id", UUID.class), t.get("patient_id", UUID.class), t.get("zone", String.class),
                    t.get("reasons", String.class), SqlValues.instant(t.get("received_at")),
                    t.get("status", String.class), t.get("held_by", String.class),
                    SqlValues.instant(t.get("claimed_at")), t.get("closed_by", String.class),
                    SqlValues.instant(t.get("closed_at")), t.get("outcome", String.class), t.get("note", String.class),
                    t.get("version", Number.class).longValue());
        }
    }

    /**
     * Which of a patient's alerts: handling statuses by name; open during the period from {@code from} to
     * {@code to} (each null for unbounded: received at or before {@code to}, and not closed before {@code from}).
     */
    public record Criteria(UUID patientId, String[] statuses, Instant from, Instant to) {
    }

    /** Orders of a patient's alerts; each ends with the id, so pages never overlap. */
    public enum Order {
        /** Red, yellow, green; within a zone the newest first. */
        WORST_NEWEST("a.zone_rank, a.received_at DESC, a.id"),
        /** Oldest first. */
        RECEIVED("a.received_at, a.id"),
        /** Newest first. */
        RECEIVED_DESC("a.received_at DESC, a.id DESC");

        private final String sql;

        Order(String sql) {
            this.sql = sql;
        }
    }

    private static final String COLUMNS = """
            SELECT a.id AS id, a.patient_id AS patient_id, a.zone AS zone, a.reasons::text AS reasons,
                   a.received_at AS received_at, a.status AS status,
                   coalesce(a.claimed_by_name, a.claimed_by_subject) AS held_by, a.claimed_at AS claimed_at,
                   coalesce(a.closed_by_name, a.closed_by_subject) AS closed_by, a.closed_at AS closed_at,
                   a.outcome AS outcome, a.note AS note, a.version AS version
              FROM alert a""";

    private final EntityManager em;

    public AlertReadStore(EntityManager em) {
        this.em = em;
    }

    /** The alert {@code id}, if there is one. */
    public Optional<Row> byId(UUID id) {
        return first(em.createNativeQuery(COLUMNS + " WHERE a.id = :id", Tuple.class).setParameter("id", id));
    }

    /** The alert of the patient's report with the app's id {@code clientReportId} (every report raises one). */
    public Optional<Row> ofClientReport(UUID patientId, UUID clientReportId) {
        return first(em.createNativeQuery(COLUMNS + """
                         JOIN report_view r ON r.report_id = a.report_id
                        WHERE r.patient_id = :patient AND r.client_report_id = :report AND a.patient_id = :patient""",
                        Tuple.class).setParameter("patient", patientId).setParameter("report", clientReportId));
    }

    /** One page of the alerts matching {@code criteria}, in {@code order}. */
    @SuppressWarnings("unchecked")
    public List<Row> page(Criteria criteria, Order order, int offset, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        Query query = em.createNativeQuery(COLUMNS + where(criteria, parameters) + " ORDER BY " + order.sql
                + " LIMIT :limit OFFSET :offset", Tuple.class);
        parameters.forEach(query::setParameter);
        List<Tuple> rows = query.setParameter("limit", limit).setParameter("offset", offset).getResultList();
        return rows.stream().map(Row::of).toList();
    }

    /** How many alerts match {@code criteria}. */
    public long count(Criteria criteria) {
        Map<String, Object> parameters = new HashMap<>();
        Query query = em.createNativeQuery("SELECT count(*) AS n FROM alert a" + where(criteria, parameters),
                Tuple.class);
        parameters.forEach(query::setParameter);
        return ((Tuple) query.getSingleResult()).get("n", Number.class).longValue();
    }

    private static String where(Criteria c, Map<String, Object> parameters) {
        StringBuilder sql = new StringBuilder(" WHERE a.patient_id = :patient AND a.status = ANY(:statuses)");
        parameters.put("patient", c.patientId());
        parameters.put("statuses", c.statuses());
        if (c.to() != null) {
            sql.append(" AND a.received_at <= :to");
            parameters.put("to", Timestamp.from(c.to()));
        }
        if (c.from() != null) {
            sql.append(" AND (a.closed_at IS NULL OR a.closed_at >= :from)");
            parameters.put("from", Timestamp.from(c.from()));
        }
        return sql.toString();
    }

    @SuppressWarnings("unchecked")
    private static Optional<Row> first(Query query) {
        List<Tuple> rows = query.getResultList();
        return rows.stream().findFirst().map(Row::of);
    }
}

package no.mila.dho.measurement.persistence;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.mila.dho.measurement.domain.MeasuredValue;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.measurement.domain.Zone;
import no.mila.dho.shared.paging.Page;
import no.mila.dho.shared.paging.PageRequest;
import no.mila.dho.shared.persistence.SqlValues;

/**
 * The read models of a patient's values: over time, and the latest valid one of each type (from
 * {@code latest_measurement_view}, the one home of that rule). Each value comes with its report's client id and
 * the threshold set version used (from the threshold feature's {@code threshold_version_view}).
 */
@ApplicationScoped
public class MeasurementReads {

    private static final String LATEST = """
            SELECT l.measurement_id, r.client_report_id, l.type, l.value, l.unit, l.zone, l.measured_at,
                   r.threshold_set_id, t.version_no AS threshold_version
            FROM latest_measurement_view l
            JOIN report r ON r.id = l.report_id
            LEFT JOIN threshold_version_view t ON t.set_id = r.threshold_set_id
            WHERE l.patient_id = :patient
            ORDER BY l.type""";

    private static final String REPORTS = """
            SELECT r.id AS report_id, r.client_report_id, r.threshold_set_id, t.version_no AS threshold_version
            FROM report r LEFT JOIN threshold_version_view t ON t.set_id = r.threshold_set_id
            WHERE r.id IN (:ids)""";

    private final EntityManager em;

    public MeasurementReads(EntityManager em) {
        this.em = em;
    }

    /** The values measured in [from, to) (either may be null: open), of one type or all, newest first. */
    public Page<MeasuredValue> history(UUID patientId, MeasurementType type, Instant from, Instant to, PageRequest page) {
        Parameters params = Parameters.with("patient", patientId);
        StringBuilder query = new StringBuilder("patientId = :patient");
        if (type != null) {
            query.append(" and type = :type");
            params.and("type", type);
        }
        if (from != null) {
            query.append(" and measuredAt >= :from");
            params.and("from", from);
        }
        if (to != null) {
            query.append(" and measuredAt < :to");
            params.and("to", to);
        }
        PanacheQuery<MeasurementEntity> found = MeasurementEntity.find(query + " order by measuredAt desc, type, id",
                params).page(page.panache());
        return Page.of(withReports(found.list()), page, found.count());
    }

    /** The ids of the valid values measured in [from, to), oldest first. */
    public List<UUID> validIds(UUID patientId, Instant from, Instant to) {
        return em.createQuery("select m.id from MeasurementEntity m where m.patientId = :patient and m.invalid = false"
                        + " and m.measuredAt >= :from and m.measuredAt < :to order by m.measuredAt, m.id", UUID.class)
                .setParameter("patient", patientId).setParameter("from", from).setParameter("to", to).getResultList();
    }

    /** The newest valid value of each type, by type. */
    @SuppressWarnings("unchecked")
    public List<MeasuredValue> latest(UUID patientId) {
        List<Tuple> rows = em.createNativeQuery(LATEST, Tuple.class).setParameter("patient", patientId).getResultList();
        return rows.stream().map(MeasurementReads::latestOf).toList();
    }

    private static MeasuredValue latestOf(Tuple t) {
        return new MeasuredValue(t.get("measurement_id", UUID.class), t.get("client_report_id", UUID.class),
                MeasurementType.valueOf(t.get("type", String.class)), t.get("value", BigDecimal.class),
                t.get("unit", String.class), Zone.valueOf(t.get("zone", String.class)),
                SqlValues.instant(t.get("measured_at")), t.get("threshold_set_id", UUID.class),
                version(t.get("threshold_version")), false, null, null);
    }

    /** The values with their reports' client ids and threshold versions, read in one query for all of them. */
    @SuppressWarnings("unchecked")
    public List<MeasuredValue> withReports(List<MeasurementEntity> values) {
        if (values.isEmpty()) {
            return List.of();
        }
        List<Tuple> rows = em.createNativeQuery(REPORTS, Tuple.class)
                .setParameter("ids", values.stream().map(v -> v.reportId).distinct().toList()).getResultList();
        Map<UUID, Tuple> reports = rows.stream()
                .collect(Collectors.toMap(r -> r.get("report_id", UUID.class), Function.identity()));
        return values.stream().map(v -> {
            Tuple report = reports.get(v.reportId);
            return new MeasuredValue(v.id, report.get("client_report_id", UUID.class), v.type, v.value, v.unit, v.zone,
                    v.measuredAt, report.get("threshold_set_id", UUID.class), version(report.get("threshold_version")),
                    v.invalid, v.invalidReason, v.invalidatedBy);
        }).toList();
    }

    private static Integer version(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}

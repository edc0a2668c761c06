package no.mila.dho.measurement.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import no.mila.dho.measurement.application.RecentReports;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.measurement.domain.ReportInput;
import no.mila.dho.measurement.domain.Zone;
import no.mila.dho.shared.persistence.SqlValues;

/** {@link RecentReports} in SQL: a report's values and answers in one query, each row read by its alias. */
@ApplicationScoped
public class RecentReportReads implements RecentReports {

    /** One row per valid value ({@code kind} M) and per answer ({@code kind} A) of each evaluated report. */
    private static final String CONTENT = """
            SELECT r.id AS report_id, r.measured_at AS measured_at, r.zone AS zone,
                   r.threshold_set_id AS threshold_set_id, 'M' AS kind, m.type AS code, m.value AS value,
                   NULL AS option
              FROM report r JOIN measurement m ON m.report_id = r.id AND NOT m.invalid
             WHERE r.patient_id = :patient AND r.measured_at >= :from AND r.zone IS NOT NULL
            UNION ALL
            SELECT r.id, r.measured_at, r.zone, r.threshold_set_id, 'A', a.question, NULL, a.option
              FROM report r JOIN symptom_answer a ON a.report_id = r.id
             WHERE r.patient_id = :patient AND r.measured_at >= :from AND r.zone IS NOT NULL
            ORDER BY measured_at DESC, report_id""";

    private static final String WEIGHTS = """
            SELECT measured_at AS measured_at, value AS value FROM measurement
             WHERE patient_id = :patient AND type = :type AND NOT invalid AND measured_at >= :from""";

    private final EntityManager em;

    public RecentReportReads(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<RecentReport> measuredSince(UUID patientId, Instant from) {
        Map<UUID, Content> reports = new LinkedHashMap<>();
        for (Tuple row : rows(query(CONTENT, patientId, from))) {
            reports.computeIfAbsent(row.get("report_id", UUID.class), id -> Content.of(id, row)).add(row);
        }
        return reports.values().stream().map(Content::report).toList();
    }

    @Override
    public List<ReportInput.WeightPoint> weightsSince(UUID patientId, Instant from) {
        return rows(query(WEIGHTS, patientId, from).setParameter("type", MeasurementType.BODY_WEIGHT.name())).stream()
                .map(r -> new ReportInput.WeightPoint(SqlValues.instant(r.get("measured_at")),
                        r.get("value", BigDecimal.class))).toList();
    }

    private Query query(String sql, UUID patientId, Instant from) {
        return em.createNativeQuery(sql, Tuple.class).setParameter("patient", patientId)
                .setParameter("from", Timestamp.from(from));
    }

    @SuppressWarnings("unchecked")
    private static List<Tuple> rows(Query query) {
        return query.getResultList();
    }

    /** One report's rows gathered: the report's own columns once, then each value or answer. */
    private record Content(UUID reportId, Instant measuredAt, Zone zone, UUID thresholdSetId,
                           Map<MeasurementType, BigDecimal> values, Map<String, String> answers) {

        static Content of(UUID reportId, Tuple row) {
            return new Content(reportId, SqlValues.instant(row.get("measured_at")),
                    Zone.valueOf(row.get("zone", String.class)), row.get("threshold_set_id", UUID.class),
                    new EnumMap<>(MeasurementType.class), new TreeMap<>());
        }

        void add(Tuple row) {
            if ("M".equals(row.get("kind", String.class))) {
                values.put(MeasurementType.valueOf(row.get("code", String.class)), row.get("value", BigDecimal.class));
            } else {
                answers.put(row.get("code", String.class), row.get("option", String.class));
            }
        }

        RecentReport report() {
            return new RecentReport(reportId, measuredAt, zone, thresholdSetId, Collections.unmodifiableMap(values),
                    Collections.unmodifiableMap(answers));
        }
    }
}

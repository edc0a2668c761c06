package no.mila.dho.measurement.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.mila.dho.measurement.application.ObservationReads;
import no.mila.dho.measurement.application.ObservationRecord;
import no.mila.dho.measurement.application.ObservationSearch;

/**
 * The SQL of {@link ObservationReads}, in plain JDBC (a search page is benchmarked: one statement for the page, on
 * {@code measurement_patient_type_time}, with the report, the diastolic of a systolic and the report's verdicts on
 * the value joined in; one for the total). A diastolic is never a row of its own in a search: it is part of its
 * systolic's reading. Whether a yellow value could not be judged, and the weight trend's verdict, come from the
 * report's stored findings (kind {@code NOT_EVALUABLE}, {@code WEIGHT_TREND}).
 */
@ApplicationScoped
public class ObservationRows {

    private static final String LIST = """
            m.id AS id, m.patient_id AS patient_id, m.report_id AS report_id, m.type AS type, m.value AS value,
                   m.unit AS unit, m.zone AS zone, m.measured_at AS measured_at, m.invalid AS invalid,
                   m.invalid_reason AS invalid_reason, m.invalidated_by AS invalidated_by,
                   m.invalidated_at AS invalidated_at,
                   (m.zone = 'YELLOW' AND r.findings @> jsonb_build_array(jsonb_build_object('kind', 'NOT_EVALUABLE',
                       'subject', m.type))) AS not_evaluable,
                   d.id AS d_id, d.value AS d_value, d.unit AS d_unit, d.zone AS d_zone, d.invalid AS d_invalid,
                   d.invalid_reason AS d_invalid_reason, d.invalidated_by AS d_invalidated_by,
                   d.invalidated_at AS d_invalidated_at,
                   (d.zone = 'YELLOW' AND r.findings @> jsonb_build_array(jsonb_build_object('kind', 'NOT_EVALUABLE',
                       'subject', d.type))) AS d_not_evaluable,
                   r.client_report_id AS client_report_id, r.received_at AS received_at,
                   r.entered_by_name AS entered_by_name, r.entered_by_role AS entered_by_role,
                   r.on_behalf AS on_behalf, r.on_behalf_note AS on_behalf_note, r.device_type AS device_type,
                   r.device_serial AS device_serial, r.threshold_set_id AS threshold_set_id,
                   t.zone AS trend_zone, t.reason AS trend_reason
            """;

    private static final String FROM = """
              FROM measurement m
              JOIN report r ON r.id = m.report_id
              LEFT JOIN measurement d ON m.type = 'SYSTOLIC' AND d.report_id = m.report_id AND d.type = 'DIASTOLIC'
              LEFT JOIN LATERAL (SELECT f ->> 'zone' AS zone, f ->> 'reasonNb' AS reason
                                   FROM jsonb_array_elements(r.findings) f
                                  WHERE m.type = 'BODY_WEIGHT' AND f ->> 'kind' = 'WEIGHT_TREND' LIMIT 1) t ON TRUE
            """;

    private static final String COLUMNS = "SELECT " + LIST + FROM;

    /** A value by id, with its systolic's id when it is a diastolic. */
    private static final String BY_ID = """
            SELECT (SELECT s.id FROM measurement s WHERE s.report_id = m.report_id AND s.type = 'SYSTOLIC'
                       AND m.type = 'DIASTOLIC') AS panel_id,
            """ + LIST + FROM + " WHERE m.id = ?";

    private static final String OF_REPORT = COLUMNS + " WHERE m.report_id = ? AND m.type <> 'DIASTOLIC' ORDER BY m.type";

    private static final String REPORT_ID = "SELECT id FROM report WHERE patient_id = ? AND client_report_id = ?";

    private static final String COUNT = "SELECT count(*) AS total FROM measurement m";

    /** The count when the last update is searched: it needs the report and the diastolic. */
    private static final String COUNT_UPDATED = """
            SELECT count(*) AS total FROM measurement m
              LEFT JOIN measurement d ON m.type = 'SYSTOLIC' AND d.report_id = m.report_id AND d.type = 'DIASTOLIC'
              JOIN report r ON r.id = m.report_id
            """;

    private final AgroalDataSource dataSource;

    public ObservationRows(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<ObservationReads.Found> byId(UUID measurementId) {
        List<ObservationReads.Found> found = query(BY_ID, List.of(measurementId), r -> new ObservationReads.Found(ObservationRowMapper.record(r),
                        r.getObject("panel_id", UUID.class)));
        return found.stream().findFirst();
    }

    public List<ObservationRecord> page(ObservationSearch search) {
        List<Object> params = new ArrayList<>();
        String where = ObservationRowMapper.where(search, params);
        String order = search.oldestFirst() ? " ORDER BY m.measured_at, m.type, m.id"
                : " ORDER BY m.measured_at DESC, m.type, m.id";
        params.add(search.count());
        params.add(search.offset());
        return query(COLUMNS + where + order + " LIMIT ? OFFSET ?", params, ObservationRowMapper::record);
    }

    public long count(ObservationSearch search) {
        List<Object> params = new ArrayList<>();
        String where = ObservationRowMapper.where(search, params);
        boolean updated = search.updatedFrom() != null || search.updatedBefore() != null;
        return query((updated ? COUNT_UPDATED : COUNT) + where, params, r -> r.getLong("total")).get(0);
    }

    public Optional<UUID> reportId(UUID patientId, UUID clientReportId) {
        return query(REPORT_ID, List.of(patientId, clientReportId), r -> r.getObject("id", UUID.class)).stream()
                .findFirst();
    }

    public List<ObservationRecord> ofReport(UUID reportId) {
        return query(OF_REPORT, List.of(reportId), ObservationRowMapper::record);
    }

    /** Reads one row. */
    interface Row<T> {
        T of(ResultSet row) throws SQLException;
    }

    private <T> List<T> query(String sql, List<Object> params, Row<T> mapper) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                Object p = params.get(i);
                if (p instanceof java.time.Instant instant) {
                    s.setTimestamp(i + 1, Timestamp.from(instant));
                } else if (p instanceof String[] texts) {
                    s.setArray(i + 1, c.createArrayOf("varchar", texts));
                } else {
                    s.setObject(i + 1, p);
                }
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(mapper.of(r));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the observations", e);
        }
    }
}

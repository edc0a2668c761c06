package no.mila.dho.measurement.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.mila.dho.measurement.application.ObservationRecord;
import no.mila.dho.measurement.application.ObservationSearch;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.measurement.domain.Zone;

/** The rows of {@link ObservationRows} as records (each column read by its alias), and a search's conditions. */
final class ObservationRowMapper {

    private ObservationRowMapper() {
    }

    /**
     * The WHERE clause of a search, its parameters added to {@code params} in order: the patient and types first (the
     * index {@code measurement_patient_type_time}), then the measured time, then the last update (received, or a
     * value of the reading marked invalid later).
     */
    static String where(ObservationSearch search, List<Object> params) {
        StringBuilder where = new StringBuilder(" WHERE m.patient_id = ? AND m.type = ANY (?)");
        params.add(search.patientId());
        params.add(search.types().stream().map(Enum::name).sorted().toArray(String[]::new));
        bound(where, params, "m.measured_at >= ?", search.measuredFrom());
        bound(where, params, "m.measured_at < ?", search.measuredBefore());
        String updated = "GREATEST(r.received_at, m.invalidated_at, d.invalidated_at)";
        bound(where, params, updated + " >= ?", search.updatedFrom());
        bound(where, params, updated + " < ?", search.updatedBefore());
        return where.toString();
    }

    private static void bound(StringBuilder where, List<Object> params, String condition, Instant value) {
        if (value != null) {
            where.append(" AND ").append(condition);
            params.add(value);
        }
    }

    static ObservationRecord record(ResultSet r) throws SQLException {
        ObservationRecord.Value diastolic = r.getObject("d_id") == null ? null : new ObservationRecord.Value(
                r.getObject("d_id", UUID.class), MeasurementType.DIASTOLIC, r.getBigDecimal("d_value"),
                r.getString("d_unit"), Zone.valueOf(r.getString("d_zone")), r.getBoolean("d_not_evaluable"),
                r.getBoolean("d_invalid"), r.getString("d_invalid_reason"), r.getString("d_invalidated_by"),
                instant(r, "d_invalidated_at"));
        ObservationRecord.Value value = new ObservationRecord.Value(r.getObject("id", UUID.class),
                MeasurementType.valueOf(r.getString("type")), r.getBigDecimal("value"), r.getString("unit"),
                Zone.valueOf(r.getString("zone")), r.getBoolean("not_evaluable"), r.getBoolean("invalid"),
                r.getString("invalid_reason"), r.getString("invalidated_by"), instant(r, "invalidated_at"));
        String trendZone = r.getString("trend_zone");
        ObservationRecord.Trend trend = trendZone == null ? null
                : new ObservationRecord.Trend(Zone.valueOf(trendZone), r.getString("trend_reason"));
        return new ObservationRecord(r.getObject("patient_id", UUID.class), r.getObject("report_id", UUID.class),
                r.getObject("client_report_id", UUID.class), instant(r, "measured_at"), instant(r, "received_at"),
                new ObservationRecord.Entered(r.getString("entered_by_name"), r.getString("entered_by_role"),
                        r.getBoolean("on_behalf"), r.getString("on_behalf_note")),
                r.getString("device_type"), r.getString("device_serial"), r.getObject("threshold_set_id", UUID.class),
                value, diastolic, trend);
    }

    private static Instant instant(ResultSet r, String column) throws SQLException {
        java.sql.Timestamp t = r.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}

package no.mila.dho.measurement.persistence;

import io.agroal.api.AgroalDataSource;
import io.quarkus.cache.CacheKey;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.mila.dho.measurement.domain.Limits;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.measurement.domain.ReportInput;
import no.mila.dho.measurement.domain.ThresholdSet;
import no.mila.dho.measurement.domain.WeightTrendRule;

/**
 * The hot path of report ingestion in plain JDBC: one query for the patient's context, and one atomic
 * statement that stores the report with its values, answers and alert, or nothing when the report id is taken.
 */
@ApplicationScoped
public class ReportStore {

    private static final String CONTEXT = """
            SELECT p.id AS patient_id, e.pathway, e.state, e.start_date, t.id AS set_id, t.version_no, t.provisional,
                   t.weight_trend_yellow_kg, t.weight_trend_red_kg, t.weight_trend_days, cp.id AS plan_id
            FROM patient p
            LEFT JOIN episode e ON e.patient_id = p.id AND e.state <> 'ENDED'
            LEFT JOIN threshold_set t ON t.patient_id = p.id AND t.status = 'IN_FORCE'
            LEFT JOIN care_plan cp ON cp.patient_id = p.id AND cp.status = 'ACTIVE'
            WHERE """;

    private static final String STORE = """
            WITH r AS (
                INSERT INTO report (id, patient_id, client_report_id, content_hash, measured_at, received_at,
                    entered_by_subject, entered_by_name, entered_by_role, on_behalf, on_behalf_note, device_type,
                    device_serial, zone, threshold_set_id, findings, answer)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?)
                ON CONFLICT (patient_id, client_report_id) DO NOTHING
                RETURNING id, patient_id, measured_at, received_at
            ), m AS (
                INSERT INTO measurement (id, report_id, patient_id, type, value, unit, zone, measured_at)
                SELECT x.id, r.id, r.patient_id, x.type, x.value, x.unit, x.zone, r.measured_at
                FROM r, unnest(?::uuid[], ?::text[], ?::numeric[], ?::text[], ?::text[]) AS x(id, type, value, unit, zone)
            ), s AS (
                INSERT INTO symptom_answer (report_id, question, option, zone)
                SELECT r.id, x.question, x.option, x.zone
                FROM r, unnest(?::text[], ?::text[], ?::text[]) AS x(question, option, zone)
            ), a AS (
                INSERT INTO alert (id, patient_id, report_id, zone, reasons, status, received_at)
                SELECT ?, r.patient_id, r.id, ?, CAST(? AS jsonb), 'OPEN', r.received_at FROM r
            )
            SELECT count(*) FROM r""";

    private final AgroalDataSource dataSource;

    public ReportStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * What the service knows of a patient when a report comes in: the open episode (its start date is the
     * allocation), and the threshold set version in force with whether it is still provisional.
     */
    public record Context(UUID patientId, String pathway, String episodeState, LocalDate episodeStart,
                          UUID thresholdSetId, Integer thresholdVersion, boolean provisionalThresholds,
                          Optional<WeightTrendRule> weightTrend, UUID activePlanId) {
    }

    /** A value to store with its zone. */
    public record StoredValue(MeasurementType type, BigDecimal value, String zone) {
    }

    /** An answer to store with its zone. */
    public record StoredAnswer(String question, String option, String zone) {
    }

    /** The report row to store. */
    public record NewReport(UUID id, UUID patientId, UUID clientReportId, String contentHash, Instant measuredAt,
                            Instant receivedAt, String enteredBySubject, String enteredByName, String enteredByRole,
                            boolean onBehalf, String note, String deviceType, String deviceSerial, String zone,
                            UUID thresholdSetId, String findingsJson, String answerJson, String alertReasonsJson) {
    }

    /** A report already stored under the same id: its content hash and the answer it got. */
    public record Existing(String contentHash, String answer) {
    }

    public Optional<Context> contextByLogin(Connection c, String subject) throws SQLException {
        return context(c, "p.login_subject = ?", subject);
    }

    public Optional<Context> contextByPatient(Connection c, UUID patientId) throws SQLException {
        return context(c, "p.id = ?", patientId);
    }

    private Optional<Context> context(Connection c, String where, Object key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(CONTEXT + " " + where)) {
            s.setObject(1, key);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                BigDecimal yellow = r.getBigDecimal("weight_trend_yellow_kg");
                Optional<WeightTrendRule> trend = yellow == null ? Optional.empty() : Optional.of(new WeightTrendRule(
                        yellow, r.getBigDecimal("weight_trend_red_kg"), r.getInt("weight_trend_days")));
                return Optional.of(new Context(r.getObject("patient_id", UUID.class), r.getString("pathway"),
                        r.getString("state"), r.getObject("start_date", LocalDate.class), r.getObject("set_id", UUID.class),
                        r.getObject("version_no", Integer.class), r.getBoolean("provisional"), trend,
                        r.getObject("plan_id", UUID.class)));
            }
        }
    }

    /**
     * The limits of a threshold set version. Versions never change once created (a change is a new version with
     * a new id), so they are kept by set id in the bounded cache {@code threshold-limits} (application.properties).
     */
    @CacheResult(cacheName = "threshold-limits")
    public ThresholdSet thresholds(Connection c, @CacheKey UUID setId, Optional<WeightTrendRule> trend)
            throws SQLException {
        Map<MeasurementType, Limits> limits = new EnumMap<>(MeasurementType.class);
        try (PreparedStatement s = c.prepareStatement(
                "SELECT type, red_low, yellow_low, yellow_high, red_high FROM threshold_limit WHERE set_id = ?")) {
            s.setObject(1, setId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    limits.put(MeasurementType.valueOf(r.getString(1)),
                            new Limits(r.getBigDecimal(2), r.getBigDecimal(3), r.getBigDecimal(4), r.getBigDecimal(5)));
                }
            }
        }
        return new ThresholdSet(limits, trend);
    }

    /** The patient's valid weights measured in [from, before). */
    public List<ReportInput.WeightPoint> weights(Connection c, UUID patientId, Instant from, Instant before)
            throws SQLException {
        List<ReportInput.WeightPoint> points = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT measured_at, value FROM measurement WHERE patient_id = ? AND type = 'BODY_WEIGHT'
                AND NOT invalid AND measured_at >= ? AND measured_at < ?""")) {
            s.setObject(1, patientId);
            s.setTimestamp(2, Timestamp.from(from));
            s.setTimestamp(3, Timestamp.from(before));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    points.add(new ReportInput.WeightPoint(r.getTimestamp(1).toInstant(), r.getBigDecimal(2)));
                }
            }
        }
        return points;
    }

    /** Stores the report and all that belongs to it in one atomic statement; false when the id was taken. */
    public boolean storeOnce(Connection c, NewReport n, List<StoredValue> values, List<StoredAnswer> answers)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(STORE)) {
            int i = 0;
            s.setObject(++i, n.id());
            s.setObject(++i, n.patientId());
            s.setObject(++i, n.clientReportId());
            s.setString(++i, n.contentHash());
            s.setTimestamp(++i, Timestamp.from(n.measuredAt()));
            s.setTimestamp(++i, Timestamp.from(n.receivedAt()));
            s.setString(++i, n.enteredBySubject());
            s.setString(++i, n.enteredByName());
            s.setString(++i, n.enteredByRole());
            s.setBoolean(++i, n.onBehalf());
            s.setString(++i, n.note());
            s.setString(++i, n.deviceType());
            s.setString(++i, n.deviceSerial());
            s.setString(++i, n.zone());
            s.setObject(++i, n.thresholdSetId());
            s.setString(++i, n.findingsJson());
            s.setString(++i, n.answerJson());
            s.setArray(++i, array(c, "uuid", values.stream().map(v -> UUID.randomUUID()).toArray()));
            s.setArray(++i, array(c, "text", values.stream().map(v -> v.type().name()).toArray()));
            s.setArray(++i, array(c, "numeric", values.stream().map(StoredValue::value).toArray()));
            s.setArray(++i, array(c, "text", values.stream().map(v -> v.type().unit()).toArray()));
            s.setArray(++i, array(c, "text", values.stream().map(StoredValue::zone).toArray()));
            s.setArray(++i, array(c, "text", answers.stream().map(StoredAnswer::question).toArray()));
            s.setArray(++i, array(c, "text", answers.stream().map(StoredAnswer::option).toArray()));
            s.setArray(++i, array(c, "text", answers.stream().map(StoredAnswer::zone).toArray()));
            s.setObject(++i, UUID.randomUUID());
            s.setString(++i, n.zone());
            s.setString(++i, n.alertReasonsJson());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1) == 1;
            }
        }
    }

    public Optional<Existing> existing(Connection c, UUID patientId, UUID clientReportId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT content_hash, answer FROM report WHERE patient_id = ? AND client_report_id = ?")) {
            s.setObject(1, patientId);
            s.setObject(2, clientReportId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(new Existing(r.getString(1), r.getString(2))) : Optional.empty();
            }
        }
    }

    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    private static Array array(Connection c, String type, Object[] values) throws SQLException {
        return c.createArrayOf(type, values);
    }
}

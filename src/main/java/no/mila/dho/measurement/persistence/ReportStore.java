package no.mila.dho.measurement.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.mila.dho.measurement.application.AlertRaising;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.shared.persistence.SqlPart;

/**
 * Stores a report exactly once in plain JDBC: one atomic statement for the report with its values, answers, alert
 * (the alert feature's part, {@link AlertRaising}) and the request's access-log row (the audit feature's part,
 * {@link no.mila.dho.audit.StatementAccessLog}), which stores nothing when the patient's report id is taken (the
 * unique key makes a concurrent duplicate wait for the first and then store nothing); and the report already stored
 * under that id. One statement, so the report is stored with its alert and its access-log row or not at all, in one
 * round trip and one commit.
 */
@ApplicationScoped
public class ReportStore {

    private static final String STORE = """
            WITH stored_report AS (
                INSERT INTO report (id, patient_id, client_report_id, content_hash, measured_at, received_at,
                    entered_by_subject, entered_by_name, entered_by_role, on_behalf, on_behalf_note, device_type,
                    device_serial, zone, threshold_set_id, findings, answer)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?)
                ON CONFLICT (patient_id, client_report_id) DO NOTHING
                RETURNING id, patient_id, measured_at, received_at
            ), m AS (
                INSERT INTO measurement (id, report_id, patient_id, type, value, unit, zone, measured_at)
                SELECT x.id, r.id, r.patient_id, x.type, x.value, x.unit, x.zone, r.measured_at
                FROM stored_report r, unnest(?::uuid[], ?::text[], ?::numeric[], ?::text[], ?::text[]) AS x(id, type, value, unit, zone)
            ), s AS (
                INSERT INTO symptom_answer (report_id, question, option, zone)
                SELECT r.id, x.question, x.option, x.zone
                FROM stored_report r, unnest(?::text[], ?::text[], ?::text[]) AS x(question, option, zone)
            ), a AS (
                %s
            ), l AS (
                %s
            )
            SELECT count(*) AS stored FROM stored_report""";

    private static final String EXISTING = """
            SELECT content_hash, answer FROM report WHERE patient_id = ? AND client_report_id = ?""";

    private final AgroalDataSource dataSource;

    public ReportStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
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
                            UUID thresholdSetId, String findingsJson, String answerJson) {
    }

    /** A report already stored under the same id: its content hash and the answer it got. */
    public record Existing(String contentHash, String answer) {
    }

    /**
     * Stores the report with its values, answers, alert and access-log row in one statement; false (nothing stored)
     * when the id was taken. {@code alert} and {@code accessLog} read the CTE {@value AlertRaising#STORED_REPORT}.
     */
    public boolean storeOnce(NewReport n, List<StoredValue> values, List<StoredAnswer> answers, SqlPart alert,
                             SqlPart accessLog) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(STORE.formatted(alert.sql(), accessLog.sql()))) {
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
            s.setArray(++i, c.createArrayOf("uuid", values.stream().map(v -> UUID.randomUUID()).toArray()));
            s.setArray(++i, c.createArrayOf("text", values.stream().map(v -> v.type().name()).toArray()));
            s.setArray(++i, c.createArrayOf("numeric", values.stream().map(StoredValue::value).toArray()));
            s.setArray(++i, c.createArrayOf("text", values.stream().map(v -> v.type().unit()).toArray()));
            s.setArray(++i, c.createArrayOf("text", values.stream().map(StoredValue::zone).toArray()));
            s.setArray(++i, c.createArrayOf("text", answers.stream().map(StoredAnswer::question).toArray()));
            s.setArray(++i, c.createArrayOf("text", answers.stream().map(StoredAnswer::option).toArray()));
            s.setArray(++i, c.createArrayOf("text", answers.stream().map(StoredAnswer::zone).toArray()));
            for (Object parameter : alert.parameters()) {
                s.setObject(++i, parameter);
            }
            for (Object parameter : accessLog.parameters()) {
                s.setObject(++i, parameter);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong("stored") == 1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the report", e);
        }
    }

    /** The report stored under the patient's report id {@code clientReportId}, if there is one. */
    public Optional<Existing> existing(UUID patientId, UUID clientReportId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(EXISTING)) {
            s.setObject(1, patientId);
            s.setObject(2, clientReportId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(new Existing(r.getString("content_hash"), r.getString("answer")))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the stored report", e);
        }
    }
}

package no.mila.dho.audit.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.mila.dho.audit.application.AuditedAccess;
import no.mila.dho.audit.domain.AccessAction;
import no.mila.dho.audit.domain.AccessOutcome;

/**
 * The access log's reads for its standard form (FHIR {@code AuditEvent}) in plain JDBC: a patient's rows in a time
 * window, newest first, by page (over the index {@code access_log_patient}), their number, and one row by its id.
 * An open end of the window is the far past or future, so that one statement serves every search.
 */
@ApplicationScoped
public class AccessLogReads {

    private static final String COLUMNS = """
            SELECT entry_id, at, actor_subject, actor_name, actor_role, actor_hpr, actor_municipality, patient_id,
                   action, resource, outcome, http_status, request_id
              FROM access_log""";
    private static final String WINDOW = " WHERE patient_id = ? AND at >= ? AND at <= ?";
    private static final String PAGE = COLUMNS + WINDOW + " ORDER BY at DESC, id DESC LIMIT ? OFFSET ?";
    private static final String COUNT = "SELECT count(*) AS total FROM access_log" + WINDOW;
    private static final String ONE = COLUMNS + " WHERE entry_id = ?";
    private static final Instant FAR_PAST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant FAR_FUTURE = Instant.parse("9999-01-01T00:00:00Z");

    private final AgroalDataSource dataSource;

    public AccessLogReads(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<AuditedAccess> page(UUID patientId, Instant from, Instant to, int offset, int count) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(PAGE)) {
            int next = window(s, patientId, from, to);
            s.setInt(next, count);
            s.setInt(next + 1, offset);
            List<AuditedAccess> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(row(r));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the access log", e);
        }
    }

    public long count(UUID patientId, Instant from, Instant to) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(COUNT)) {
            window(s, patientId, from, to);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong("total");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count the access log", e);
        }
    }

    public Optional<AuditedAccess> byEntryId(UUID entryId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(ONE)) {
            s.setObject(1, entryId, Types.OTHER);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(row(r)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the access log", e);
        }
    }

    private static int window(PreparedStatement s, UUID patientId, Instant from, Instant to) throws SQLException {
        s.setObject(1, patientId, Types.OTHER);
        s.setTimestamp(2, Timestamp.from(from != null ? from : FAR_PAST));
        s.setTimestamp(3, Timestamp.from(to != null ? to : FAR_FUTURE));
        return 4;
    }

    private static AuditedAccess row(ResultSet r) throws SQLException {
        return new AuditedAccess(r.getObject("entry_id", UUID.class), r.getTimestamp("at").toInstant(),
                r.getString("actor_subject"), r.getString("actor_name"), r.getString("actor_role"),
                r.getString("actor_hpr"), r.getString("actor_municipality"), r.getObject("patient_id", UUID.class),
                AccessAction.valueOf(r.getString("action")), r.getString("resource"),
                AccessOutcome.valueOf(r.getString("outcome")), r.getInt("http_status"), r.getString("request_id"));
    }
}

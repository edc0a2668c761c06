package no.mila.dho.audit.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;
import no.mila.dho.audit.domain.AccessLogEntry;
import no.mila.dho.shared.persistence.SqlPart;

/**
 * The access log's INSERTs in plain JDBC, autocommitted outside any transaction of the request (so that a
 * rolled-back request is still logged). The row's own id makes a row land at most once.
 */
@ApplicationScoped
public class AccessLogInserts {

    private static final String INSERT = """
            INSERT INTO access_log (entry_id, at, actor_subject, actor_name, actor_role, actor_hpr, actor_municipality,
                patient_id, action, resource, outcome, http_status, request_id, reason)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (entry_id) DO NOTHING""";

    /** The row as a part of another statement: once for the one row of the CTE named by {@code %s}. */
    private static final String ROW_OF = """
            INSERT INTO access_log (entry_id, at, actor_subject, actor_name, actor_role, actor_hpr, actor_municipality,
                patient_id, action, resource, outcome, http_status, request_id, reason)
            SELECT CAST(? AS uuid), CAST(? AS timestamptz), CAST(? AS text), CAST(? AS text), CAST(? AS text),
                CAST(? AS text), CAST(? AS text), CAST(? AS uuid), CAST(? AS text), CAST(? AS text), CAST(? AS text),
                CAST(? AS integer), CAST(? AS text), CAST(? AS text)
            FROM %s
            ON CONFLICT (entry_id) DO NOTHING""";

    /** A statement part that writes no row (a CTE that is never read is never run). */
    public static final SqlPart NO_ROW = new SqlPart("SELECT 1", List.of());

    /** The database did not take the rows (it is down, or the connection broke). */
    public static final class NotStored extends Exception {
        public NotStored(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }

    private final AgroalDataSource dataSource;

    public AccessLogInserts(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Stores one row; a row already stored is skipped. */
    public void insert(AccessLogEntry entry) throws NotStored {
        insertAll(List.of(entry));
    }

    /** Stores the rows in one batch; rows already stored are skipped. */
    public void insertAll(List<AccessLogEntry> entries) throws NotStored {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(INSERT)) {
            if (entries.size() == 1) {
                bind(s, entries.get(0));
                s.executeUpdate();
                return;
            }
            for (AccessLogEntry entry : entries) {
                bind(s, entry);
                s.addBatch();
            }
            s.executeBatch();
        } catch (SQLException e) {
            throw new NotStored(e);
        }
    }

    /** The part of another statement that writes {@code entry} once for the one row of CTE {@code source}. */
    public SqlPart rowOf(String source, AccessLogEntry e) {
        if (!source.matches("[a-z_]+")) {
            throw new IllegalArgumentException("Not a CTE name: " + source);
        }
        return new SqlPart(ROW_OF.formatted(source), java.util.Arrays.asList(e.id(),
                java.time.OffsetDateTime.ofInstant(e.at(), java.time.ZoneOffset.UTC), e.actor().subject(),
                e.actor().name(), e.actor().role(), e.actor().hpr(), e.actor().municipality(), e.patientId(),
                e.action().name(), e.resource(), e.outcome().name(), e.httpStatus(), e.requestId(), e.reason()));
    }

    private static void bind(PreparedStatement s, AccessLogEntry e) throws SQLException {
        s.setObject(1, e.id(), Types.OTHER);
        s.setTimestamp(2, Timestamp.from(e.at()));
        s.setString(3, e.actor().subject());
        s.setString(4, e.actor().name());
        s.setString(5, e.actor().role());
        s.setString(6, e.actor().hpr());
        s.setString(7, e.actor().municipality());
        s.setObject(8, e.patientId(), Types.OTHER);
        s.setString(9, e.action().name());
        s.setString(10, e.resource());
        s.setString(11, e.outcome().name());
        s.setInt(12, e.httpStatus());
        s.setString(13, e.requestId());
        s.setString(14, e.reason());
    }
}

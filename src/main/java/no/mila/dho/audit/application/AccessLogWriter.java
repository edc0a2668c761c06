package no.mila.dho.audit.application;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;
import no.mila.dho.audit.domain.AccessLogEntry;
import org.jboss.logging.Logger;

/**
 * Writes an access-log row as one autocommitted INSERT outside any transaction of the request, so that a
 * rolled-back request is still logged, without the cost of a second JTA transaction per request. A row the
 * database does not take (it is down, or the connection broke) goes to the {@link AccessLogFallback} and is
 * replayed later by {@link AccessLogReplay}; the row's own id makes a replayed row land at most once.
 */
@ApplicationScoped
public class AccessLogWriter {

    private static final Logger LOG = Logger.getLogger(AccessLogWriter.class);
    private static final String INSERT = """
            INSERT INTO access_log (entry_id, at, actor_subject, actor_name, actor_role, actor_hpr, actor_municipality,
                patient_id, action, resource, outcome, http_status, request_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (entry_id) DO NOTHING""";

    private final AgroalDataSource dataSource;
    private final AccessLogFallback fallback;

    public AccessLogWriter(AgroalDataSource dataSource, AccessLogFallback fallback) {
        this.dataSource = dataSource;
        this.fallback = fallback;
    }

    public void write(AccessLogEntry entry) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(INSERT)) {
            bind(s, entry);
            s.executeUpdate();
        } catch (SQLException e) {
            keepForReplay(entry, e);
        }
    }

    /** Stores rows written to the fallback; rows already stored are skipped. */
    void writeAll(List<AccessLogEntry> entries) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(INSERT)) {
            for (AccessLogEntry entry : entries) {
                bind(s, entry);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private void keepForReplay(AccessLogEntry entry, SQLException cause) {
        try {
            if (fallback.append(entry)) {
                LOG.warnf("The access log could not be written to the database (%s); rows are kept in %s until "
                        + "they are replayed", cause.getMessage(), fallback.directory());
            }
        } catch (IOException e) {
            // the log line is then the only record of the access: it must hold all of it
            LOG.errorf("An access-log row could be written neither to the database (%s) nor to %s (%s): %s",
                    cause.getMessage(), fallback.directory(), e.getMessage(), describe(entry));
        }
    }

    private static String describe(AccessLogEntry entry) {
        try {
            return AccessLogFallback.json(entry);
        } catch (IOException e) {
            return entry.toString();
        }
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
    }
}

package no.mila.dho.audit.application;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import no.mila.dho.audit.persistence.AccessLogEntity;

/**
 * Writes an access-log row as one autocommitted INSERT outside any transaction of the request, so that a
 * rolled-back request is still logged, without the cost of a second JTA transaction per request.
 */
@ApplicationScoped
public class AccessLogWriter {

    private static final String INSERT = """
            INSERT INTO access_log (at, actor_subject, actor_name, actor_role, actor_hpr, actor_municipality,
                patient_id, action, resource, outcome, http_status, request_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final AgroalDataSource dataSource;

    public AccessLogWriter(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void write(AccessLogEntity e) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(INSERT)) {
            s.setTimestamp(1, Timestamp.from(e.at));
            s.setString(2, e.actorSubject);
            s.setString(3, e.actorName);
            s.setString(4, e.actorRole);
            s.setString(5, e.actorHpr);
            s.setString(6, e.actorMunicipality);
            s.setObject(7, e.patientId, Types.OTHER);
            s.setString(8, e.action.name());
            s.setString(9, e.resource);
            s.setString(10, e.outcome.name());
            s.setInt(11, e.httpStatus);
            s.setString(12, e.requestId);
            s.executeUpdate();
        } catch (SQLException ex) {
            throw new IllegalStateException("Could not write the access log", ex);
        }
    }
}

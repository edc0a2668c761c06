package no.mila.dho.alert.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import no.mila.dho.measurement.domain.Zone;

/**
 * Writes a new open alert in plain JDBC, one statement on the report path. It runs in the caller's transaction
 * (Agroal gives the transaction's connection), so it commits or rolls back with the report it belongs to.
 */
@ApplicationScoped
public class AlertInserts {

    private static final String OPEN = """
            INSERT INTO alert (id, patient_id, report_id, zone, reasons, status, received_at)
            VALUES (?, ?, ?, ?, CAST(? AS jsonb), 'OPEN', ?)""";

    private final AgroalDataSource dataSource;

    public AlertInserts(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A new alert, open; {@code reasonsJson} is the JSON array of the reasons, each in Norwegian and English. */
    public record NewAlert(UUID id, UUID patientId, UUID reportId, Zone zone, String reasonsJson, Instant receivedAt) {
    }

    public void open(NewAlert alert) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(OPEN)) {
            s.setObject(1, alert.id());
            s.setObject(2, alert.patientId());
            s.setObject(3, alert.reportId());
            s.setString(4, alert.zone().name());
            s.setString(5, alert.reasonsJson());
            s.setTimestamp(6, Timestamp.from(alert.receivedAt()));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not raise the alert", e);
        }
    }
}

package no.mila.dho.measurement.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.measurement.domain.ReportInput;

/** A patient's earlier valid weights, for the weight trend rule of the report path (plain JDBC, read by label). */
@ApplicationScoped
public class RecentWeights {

    private static final String WEIGHTS = """
            SELECT measured_at, value FROM measurement WHERE patient_id = ? AND type = ?
            AND NOT invalid AND measured_at >= ? AND measured_at < ?""";

    private final AgroalDataSource dataSource;

    public RecentWeights(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The patient's valid weights measured in [from, before). */
    public List<ReportInput.WeightPoint> between(UUID patientId, Instant from, Instant before) {
        List<ReportInput.WeightPoint> points = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(WEIGHTS)) {
            s.setObject(1, patientId);
            s.setString(2, MeasurementType.BODY_WEIGHT.name());
            s.setTimestamp(3, Timestamp.from(from));
            s.setTimestamp(4, Timestamp.from(before));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    points.add(new ReportInput.WeightPoint(r.getTimestamp("measured_at").toInstant(),
                            r.getBigDecimal("value")));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the patient's recent weights", e);
        }
        return points;
    }
}

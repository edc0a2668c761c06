package no.mila.dho.threshold.persistence;

import io.agroal.api.AgroalDataSource;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import no.mila.dho.measurement.application.ThresholdLimits;
import no.mila.dho.measurement.domain.Limits;
import no.mila.dho.measurement.domain.MeasurementType;

/**
 * The limits of a threshold set version for the report path, in plain JDBC (in a transaction the connection is the
 * transaction's). Versions never change once created (a change is a new version with a new id), so they are kept
 * by set id in the bounded cache {@code threshold-limits} (application.properties): no query once a version has
 * been read.
 */
@ApplicationScoped
public class ThresholdLimitReader implements ThresholdLimits {

    private static final String LIMITS = """
            SELECT type, red_low, yellow_low, yellow_high, red_high FROM threshold_limit WHERE set_id = ?""";

    private final AgroalDataSource dataSource;

    public ThresholdLimitReader(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    @CacheResult(cacheName = "threshold-limits")
    public Map<MeasurementType, Limits> of(UUID setId) {
        Map<MeasurementType, Limits> limits = new EnumMap<>(MeasurementType.class);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(LIMITS)) {
            s.setObject(1, setId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    limits.put(MeasurementType.valueOf(r.getString("type")), new Limits(r.getBigDecimal("red_low"),
                            r.getBigDecimal("yellow_low"), r.getBigDecimal("yellow_high"), r.getBigDecimal("red_high")));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the threshold limits", e);
        }
        return Collections.unmodifiableMap(limits);
    }
}

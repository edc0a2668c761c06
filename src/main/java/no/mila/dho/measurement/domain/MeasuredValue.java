package no.mila.dho.measurement.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A stored value with its zone and the report it came in: {@code clientReportId} is the id the app gave the report,
 * {@code thresholdSetId} and {@code thresholdVersion} the threshold set version it was evaluated against. An
 * invalid value is kept, says why and by whom, and is left out of trends and of the latest values.
 */
public record MeasuredValue(UUID id, UUID clientReportId, MeasurementType type, BigDecimal value, String unit,
                            Zone zone, Instant measuredAt, UUID thresholdSetId, Integer thresholdVersion,
                            boolean invalid, String invalidReason, String invalidatedBy) {
}

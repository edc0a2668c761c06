package no.mila.dho.measurement.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import no.mila.dho.measurement.domain.MeasuredValue;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.measurement.domain.Zone;

/**
 * One measured value with its zone; an invalid one says why and by whom. {@code reportId} is the id the app gave
 * the report (the one its answer echoed); {@code thresholdVersion} and {@code thresholdSetId} name the threshold
 * set version the report was evaluated against.
 */
public record MeasurementView(UUID id, UUID reportId, MeasurementType type, BigDecimal value, String unit, Zone zone,
                              Instant measuredAt, Integer thresholdVersion, UUID thresholdSetId, boolean invalid,
                              String invalidReason, String invalidatedBy) {

    static MeasurementView of(MeasuredValue m) {
        return new MeasurementView(m.id(), m.clientReportId(), m.type(), m.value(), m.unit(), m.zone(), m.measuredAt(),
                m.thresholdVersion(), m.thresholdSetId(), m.invalid(), m.invalidReason(), m.invalidatedBy());
    }
}

package no.mila.dho.measurement.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.measurement.domain.Zone;
import no.mila.dho.measurement.persistence.MeasurementEntity;

/** One measured value with its zone; an invalid one says why and by whom. */
public record MeasurementView(UUID id, UUID reportId, MeasurementType type, BigDecimal value, String unit, Zone zone,
                              Instant measuredAt, boolean invalid, String invalidReason, String invalidatedBy) {

    static MeasurementView of(MeasurementEntity m) {
        return new MeasurementView(m.id, m.reportId, m.type, m.value, m.unit, m.zone, m.measuredAt, m.invalid,
                m.invalidReason, m.invalidatedBy);
    }
}

package no.mila.dho.threshold.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;
import no.mila.dho.measurement.domain.Limits;
import no.mila.dho.measurement.domain.MeasurementType;
import org.hibernate.annotations.Immutable;

/** The proposed limits of one measurement type (immutable once written). */
@Entity
@Immutable
@Table(name = "threshold_change_limit")
@IdClass(ThresholdChangeLimitEntity.Key.class)
public class ThresholdChangeLimitEntity extends LimitColumns {

    /** Composite key: request and type. */
    public record Key(UUID requestId, MeasurementType type) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "request_id")
    public UUID requestId;

    @Id
    @Enumerated(EnumType.STRING)
    public MeasurementType type;

    @Override
    public MeasurementType measurementType() {
        return type;
    }


    public static ThresholdChangeLimitEntity of(UUID requestId, MeasurementType type, Limits limits) {
        ThresholdChangeLimitEntity entity = new ThresholdChangeLimitEntity();
        entity.requestId = requestId;
        entity.type = type;
        entity.set(limits);
        return entity;
    }
}

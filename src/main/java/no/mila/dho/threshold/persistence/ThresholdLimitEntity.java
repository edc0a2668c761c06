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

/** The limits of one measurement type within a threshold set. */
@Entity
@Table(name = "threshold_limit")
@IdClass(ThresholdLimitEntity.Key.class)
public class ThresholdLimitEntity extends LimitColumns {

    /** Composite key: set and type. */
    public record Key(UUID setId, MeasurementType type) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "set_id")
    public UUID setId;

    @Id
    @Enumerated(EnumType.STRING)
    public MeasurementType type;

    @Override
    public MeasurementType measurementType() {
        return type;
    }


    public static ThresholdLimitEntity of(UUID setId, MeasurementType type, Limits limits) {
        ThresholdLimitEntity entity = new ThresholdLimitEntity();
        entity.setId = setId;
        entity.type = type;
        entity.set(limits);
        return entity;
    }
}

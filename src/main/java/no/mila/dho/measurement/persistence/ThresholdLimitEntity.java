package no.mila.dho.measurement.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.UUID;
import no.mila.dho.measurement.domain.MeasurementType;

/** The limits of one measurement type within a threshold set. */
@Entity
@Table(name = "threshold_limit")
@IdClass(ThresholdLimitEntity.Key.class)
public class ThresholdLimitEntity extends PanacheEntityBase {

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

    @Column(name = "red_low")
    public BigDecimal redLow;

    @Column(name = "yellow_low")
    public BigDecimal yellowLow;

    @Column(name = "yellow_high")
    public BigDecimal yellowHigh;

    @Column(name = "red_high")
    public BigDecimal redHigh;
}

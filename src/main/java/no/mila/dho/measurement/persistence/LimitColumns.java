package no.mila.dho.measurement.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.math.BigDecimal;
import no.mila.dho.measurement.domain.Limits;

/** The four limit columns of one measurement type, as stored for a threshold version or a proposed change. */
@MappedSuperclass
public abstract class LimitColumns extends PanacheEntityBase {

    @Column(name = "red_low")
    public BigDecimal redLow;

    @Column(name = "yellow_low")
    public BigDecimal yellowLow;

    @Column(name = "yellow_high")
    public BigDecimal yellowHigh;

    @Column(name = "red_high")
    public BigDecimal redHigh;

    public Limits toDomain() {
        return new Limits(redLow, yellowLow, yellowHigh, redHigh);
    }

    protected void set(Limits limits) {
        redLow = limits.redLow();
        yellowLow = limits.yellowLow();
        yellowHigh = limits.yellowHigh();
        redHigh = limits.redHigh();
    }
}

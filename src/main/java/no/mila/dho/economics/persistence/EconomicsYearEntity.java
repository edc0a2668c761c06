package no.mila.dho.economics.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import no.mila.dho.economics.domain.YearParameters;
import no.mila.dho.shared.money.Nok;

/** The parameters of one operating year (V21; the base share V23). */
@Entity
@Table(name = "economics_year")
public class EconomicsYearEntity extends PanacheEntityBase {

    @Id
    public int year;

    @Column(name = "risk_markup_percent", nullable = false)
    public BigDecimal riskMarkupPercent;

    @Column(name = "recipients_per_nurse", nullable = false)
    public int recipientsPerNurse;

    @Column(name = "start_up_days", nullable = false)
    public BigDecimal startUpDays;

    @Column(name = "nurse_day_cost")
    public BigDecimal nurseDayCost;

    @Column(name = "targets_due", nullable = false)
    public LocalDate targetsDue;

    @Column(name = "second_half_from_month", nullable = false)
    public int secondHalfFromMonth;

    @Column(name = "second_half_due", nullable = false)
    public LocalDate secondHalfDue;

    /** The long-term model's base share in per cent (V23). */
    @Column(name = "base_share_percent", nullable = false)
    public BigDecimal baseSharePercent;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Version
    public long version;

    public YearParameters toDomain() {
        return new YearParameters(year, riskMarkupPercent, recipientsPerNurse, startUpDays,
                Optional.ofNullable(nurseDayCost).map(Nok::new), targetsDue, secondHalfFromMonth, secondHalfDue,
                version);
    }
}

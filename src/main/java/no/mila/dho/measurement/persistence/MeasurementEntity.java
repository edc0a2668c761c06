package no.mila.dho.measurement.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.measurement.domain.Zone;

/** One measured value of a report, with the zone it got. */
@Entity
@Table(name = "measurement")
public class MeasurementEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The report's own key (internal; the app's id of the report is {@code ReportEntity.clientReportId}). */
    @Column(name = "report_id", nullable = false)
    public UUID reportId;

    @Column(name = "patient_id", nullable = false)
    public UUID patientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MeasurementType type;

    @Column(nullable = false)
    public BigDecimal value;

    @Column(nullable = false)
    public String unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Zone zone;

    @Column(name = "measured_at", nullable = false)
    public Instant measuredAt;

    @Column(nullable = false)
    public boolean invalid;

    @Column(name = "invalid_reason")
    public String invalidReason;

    @Column(name = "invalidated_by")
    public String invalidatedBy;

    @Column(name = "invalidated_at")
    public Instant invalidatedAt;

    @Version
    public long version;

    /** The value {@code measurementId}, if it is one of the patient's. */
    public static Optional<MeasurementEntity> ofPatient(UUID patientId, UUID measurementId) {
        return find("id = ?1 and patientId = ?2", measurementId, patientId).firstResultOptional();
    }
}

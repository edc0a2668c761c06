package no.mila.dho.alert.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import no.mila.dho.measurement.domain.Zone;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The alert a report raises for the follow-up service's worklist (one per report). */
@Entity
@Table(name = "alert")
public class AlertEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "patient_id", nullable = false)
    public UUID patientId;

    @Column(name = "report_id", nullable = false)
    public UUID reportId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Zone zone;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String reasons;

    @Column(nullable = false)
    public String status;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Version
    public long version;
}

package no.mila.dho.measurement.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import no.mila.dho.measurement.domain.Zone;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A report (innrapportering) with its evaluation and the answer the sender got (read side; written by ReportStore). */
@Entity
@Table(name = "report")
public class ReportEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "patient_id", nullable = false)
    public UUID patientId;

    @Column(name = "client_report_id", nullable = false)
    public UUID clientReportId;

    @Column(name = "content_hash", nullable = false, columnDefinition = "bpchar(64)")
    public String contentHash;

    @Column(name = "measured_at", nullable = false)
    public Instant measuredAt;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "entered_by_subject", nullable = false)
    public String enteredBySubject;

    @Column(name = "entered_by_name")
    public String enteredByName;

    @Column(name = "entered_by_role", nullable = false)
    public String enteredByRole;

    @Column(name = "on_behalf", nullable = false)
    public boolean onBehalf;

    @Column(name = "on_behalf_note")
    public String onBehalfNote;

    @Column(name = "device_type")
    public String deviceType;

    @Column(name = "device_serial")
    public String deviceSerial;

    @Enumerated(EnumType.STRING)
    public Zone zone;

    @Column(name = "threshold_set_id")
    public UUID thresholdSetId;

    @JdbcTypeCode(SqlTypes.JSON)
    public String findings;

    /** The answer as sent, byte for byte (text, not jsonb, which would reorder it). */
    public String answer;
}

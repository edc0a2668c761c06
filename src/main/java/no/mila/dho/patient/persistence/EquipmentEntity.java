package no.mila.dho.patient.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import no.mila.dho.patient.domain.EquipmentType;

/** A device handed out to a patient (and, later, returned). */
@Entity
@Table(name = "equipment")
public class EquipmentEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "patient_id", nullable = false)
    public UUID patientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EquipmentType type;

    @Column(name = "serial_number", nullable = false)
    public String serialNumber;

    @Column(name = "handed_out_on", nullable = false)
    public LocalDate handedOutOn;

    @Column(name = "handed_out_by_subject", nullable = false)
    public String handedOutBySubject;

    @Column(name = "handed_out_by_name", nullable = false)
    public String handedOutByName;

    @Column(name = "returned_on")
    public LocalDate returnedOn;

    @Version
    public long version;
}

package no.mila.dho.patient.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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

    /** Whether this device is out with a patient now (handed out and not returned). */
    public static boolean isOut(EquipmentType type, String serialNumber) {
        return count("type = ?1 and serialNumber = ?2 and returnedOn is null", type, serialNumber) > 0;
    }

    public static Optional<EquipmentEntity> ofPatient(UUID patientId, UUID equipmentId) {
        return find("id = ?1 and patientId = ?2", equipmentId, patientId).firstResultOptional();
    }

    /** The patient's equipment, newest first. */
    public static List<EquipmentEntity> ofPatient(UUID patientId) {
        return list("patientId = ?1 order by handedOutOn desc, id", patientId);
    }

    /** The equipment of a municipality's patients (only what is out, with {@code outOnly}), newest first. */
    public static PanacheQuery<EquipmentEntity> ofMunicipality(String municipality, boolean outOnly) {
        return find("patientId in (select p.id from PatientEntity p where p.municipality = ?1)"
                + (outOnly ? " and returnedOn is null" : "") + " order by handedOutOn desc, id", municipality);
    }
}

package no.mila.dho.patient.application;

import java.time.LocalDate;
import java.util.UUID;
import no.mila.dho.patient.domain.EquipmentType;
import no.mila.dho.patient.persistence.EquipmentEntity;

/** A device handed out to a patient: by whom and when, and when it came back (null while it is out). */
public record EquipmentRecord(UUID id, UUID patientId, EquipmentType type, String serialNumber,
                              LocalDate handedOutOn, String handedOutByName, LocalDate returnedOn) {

    static EquipmentRecord of(EquipmentEntity e) {
        return new EquipmentRecord(e.id, e.patientId, e.type, e.serialNumber, e.handedOutOn, e.handedOutByName,
                e.returnedOn);
    }
}

package no.mila.dho.patient.application;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.mila.dho.patient.domain.Actor;
import no.mila.dho.patient.domain.EquipmentType;
import no.mila.dho.patient.persistence.EquipmentEntity;
import no.mila.dho.shared.paging.Page;
import no.mila.dho.shared.paging.PageRequest;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;
import no.mila.dho.shared.security.CurrentUser;

/** The equipment the follow-up service keeps track of for each patient. */
@ApplicationScoped
public class EquipmentService {

    private final PatientAccess access;
    private final CurrentUser user;

    public EquipmentService(PatientAccess access, CurrentUser user) {
        this.access = access;
        this.user = user;
    }

    @Transactional
    public EquipmentRecord handOut(UUID patientId, EquipmentType type, String serialNumber, LocalDate handedOutOn) {
        access.require(patientId);
        if (EquipmentEntity.isOut(type, serialNumber)) {
            throw new ProblemException(ProblemType.CONFLICT, type + " " + serialNumber + " is handed out and not returned");
        }
        EquipmentEntity equipment = new EquipmentEntity();
        equipment.id = UUID.randomUUID();
        equipment.patientId = patientId;
        equipment.type = type;
        equipment.serialNumber = serialNumber.trim();
        equipment.handedOutOn = handedOutOn;
        equipment.handedOutBySubject = user.subject();
        equipment.handedOutByName = user.displayName();
        equipment.persist();
        return EquipmentRecord.of(equipment);
    }

    @Transactional
    public EquipmentRecord markReturned(UUID patientId, UUID equipmentId, LocalDate returnedOn) {
        access.require(patientId);
        EquipmentEntity equipment = EquipmentEntity.ofPatient(patientId, equipmentId)
                .orElseThrow(() -> ProblemException.notFound("Equipment " + equipmentId));
        if (equipment.returnedOn != null) {
            throw new ProblemException(ProblemType.CONFLICT, "Already returned on " + equipment.returnedOn);
        }
        if (returnedOn.isBefore(equipment.handedOutOn)) {
            throw ProblemException.invalid("returnedOn", "must not be before it was handed out (" + equipment.handedOutOn + ")");
        }
        equipment.returnedOn = returnedOn;
        return EquipmentRecord.of(equipment);
    }

    public List<EquipmentRecord> ofPatient(UUID patientId) {
        access.require(patientId);
        return EquipmentEntity.ofPatient(patientId).stream().map(EquipmentRecord::of).toList();
    }

    /** The equipment of a municipality's patients; coordinators see only their own municipality's (else 404). */
    public Page<EquipmentRecord> ofMunicipality(String municipality, boolean outOnly, PageRequest page) {
        Actor actor = access.actor();
        if (actor.actsOnlyAsCoordinator() && !actor.municipality().map(municipality::equals).orElse(false)) {
            throw ProblemException.notFound("Municipality " + municipality);
        }
        PanacheQuery<EquipmentEntity> found = EquipmentEntity.ofMunicipality(municipality, outOnly).page(page.panache());
        return Page.of(found.list(), page, found.count()).map(EquipmentRecord::of);
    }
}

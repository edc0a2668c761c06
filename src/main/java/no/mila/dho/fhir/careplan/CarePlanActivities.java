package no.mila.dho.fhir.careplan;

import java.util.Comparator;
import java.util.List;
import no.mila.dho.measurement.domain.Zone;
import no.mila.dho.plan.domain.PlanItem;
import no.mila.dho.plan.domain.PlanStatus;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityStatus;
import org.hl7.fhir.r4.model.CodeableConcept;

/**
 * The plan's advice as {@code CarePlan.activity}, grouped by zone (green, yellow, red), in the plan's order within a
 * zone: {@code detail.code} names the zone and the kind of advice, {@code detail.description} is the advice as the
 * patient reads it (a medication item with drug, dose, when to start and stop; the drug also as the product). The
 * green zone's advice is what the patient does every day, so it is in progress while the plan is in force; the
 * yellow and red advice waits for its zone (not started). A superseded plan's advice has stopped.
 */
final class CarePlanActivities {

    private CarePlanActivities() {
    }

    static void add(CarePlan carePlan, PlanStatus status, List<PlanItem> items) {
        items.stream().sorted(Comparator.comparing(PlanItem::zone)).forEach(item -> {
            CarePlan.CarePlanActivityDetailComponent detail = carePlan.addActivity().getDetail();
            CodeableConcept code = new CodeableConcept()
                    .setText(CarePlanCodes.zoneDisplay(item.zone()) + ": "
                            + CarePlanCodes.categoryDisplay(item.category()));
            code.addCoding().setSystem(CarePlanCodes.ZONE).setCode(item.zone().name())
                    .setDisplay(CarePlanCodes.zoneDisplay(item.zone()));
            code.addCoding().setSystem(CarePlanCodes.ADVICE_CATEGORY).setCode(item.category().name())
                    .setDisplay(CarePlanCodes.categoryDisplay(item.category()));
            detail.setCode(code);
            detail.setStatus(statusOf(status, item.zone()));
            detail.setDescription(item.patientText());
            if (item.isMedication() && item.drug() != null) {
                detail.setProduct(new CodeableConcept().setText(item.drug()));
            }
        });
    }

    static CarePlanActivityStatus statusOf(PlanStatus status, Zone zone) {
        return switch (status) {
            case ACTIVE -> zone == Zone.GREEN ? CarePlanActivityStatus.INPROGRESS : CarePlanActivityStatus.NOTSTARTED;
            case SUPERSEDED -> CarePlanActivityStatus.STOPPED;
            case DISCARDED -> CarePlanActivityStatus.CANCELLED;
            case DRAFT -> CarePlanActivityStatus.NOTSTARTED;
        };
    }
}

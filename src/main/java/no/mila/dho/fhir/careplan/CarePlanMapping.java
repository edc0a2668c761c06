package no.mila.dho.fhir.careplan;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;
import no.mila.dho.fhir.server.ContainedPractitioner;
import no.mila.dho.fhir.server.FhirSystems;
import no.mila.dho.plan.application.PlanRecord;
import no.mila.dho.plan.application.PlanVersion;
import no.mila.dho.plan.domain.AdviceCategory;
import no.mila.dho.plan.domain.PlanItem;
import no.mila.dho.plan.domain.PlanStatus;
import no.mila.dho.shared.time.ClockProducer;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CarePlan.CarePlanStatus;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;

/**
 * One version of a patient's self-management plan as a FHIR {@code CarePlan}. The patient has one plan, so the
 * CarePlan's id is the patient's id and each stored version is a version of it ({@code meta.versionId} =
 * {@code version_no}, the stored row's id as identifier). Status: the approved version in force {@code active}, a
 * draft {@code draft}, a superseded version {@code revoked} (ended before its time because a new version replaced
 * it). The approving physician is the author and a contributor (a contained {@code Practitioner} with the HPR
 * number), and a note says who approved it and when; the nurse or physician who drafted it is a contributor. The
 * period starts at the approval and ends when the version was superseded.
 */
public final class CarePlanMapping {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy")
            .withZone(ClockProducer.OSLO);

    private CarePlanMapping() {
    }

    public static CarePlan toFhir(PlanRecord record) {
        PlanVersion v = record.plan();
        CarePlan plan = new CarePlan();
        plan.setId(new IdType("CarePlan", v.patientId().toString(), String.valueOf(v.versionNo())));
        plan.getMeta().setVersionId(String.valueOf(v.versionNo())).setLastUpdated(Date.from(lastUpdated(v)));
        plan.addIdentifier().setSystem(CarePlanCodes.PLAN_VERSION).setValue(v.id().toString());
        plan.setStatus(statusOf(v.status()));
        plan.setIntent(CarePlan.CarePlanIntent.PLAN);
        plan.setTitle(CarePlanCodes.TITLE);
        plan.setDescription(description(v));
        plan.setSubject(new Reference("Patient/" + v.patientId()));
        categories(record).forEach(c -> plan.addCategory().setText(CarePlanCodes.categoryDisplay(c)).addCoding()
                .setSystem(CarePlanCodes.ADVICE_CATEGORY).setCode(c.name()).setDisplay(CarePlanCodes.categoryDisplay(c)));
        if (v.approvedAt() != null) {
            Practitioner approver = practitioner("approver", v.approvedByName(), v.approvedByHpr());
            plan.addContained(approver);
            plan.setAuthor(new Reference("#approver").setDisplay(v.approvedByName()));
            plan.addContributor(new Reference("#approver").setDisplay(v.approvedByName()));
            plan.setCreated(Date.from(v.approvedAt()));
            plan.getPeriod().setStart(Date.from(v.approvedAt()));
            if (v.supersededAt() != null) {
                plan.getPeriod().setEnd(Date.from(v.supersededAt()));
            }
            plan.addNote().setTime(Date.from(v.approvedAt())).setText("Godkjent av " + name(v.approvedByName())
                    + " (HPR " + v.approvedByHpr() + ") " + DAY.format(v.approvedAt()));
        } else {
            plan.setCreated(Date.from(v.draftedAt()));
            plan.addNote().setText("Utkast: ikke godkjent av lege ennå");
        }
        if (v.draftedByName() != null) {
            plan.addContained(practitioner("drafter", v.draftedByName(), null));
            Reference drafter = new Reference("#drafter").setDisplay(v.draftedByName());
            plan.addContributor(drafter);
            if (v.approvedAt() == null) {
                plan.setAuthor(new Reference("#drafter").setDisplay(v.draftedByName()));
            }
        }
        CarePlanActivities.add(plan, v.status(), record.items());
        return plan;
    }

    static CarePlanStatus statusOf(PlanStatus status) {
        return switch (status) {
            case DRAFT -> CarePlanStatus.DRAFT;
            case ACTIVE -> CarePlanStatus.ACTIVE;
            case SUPERSEDED -> CarePlanStatus.REVOKED;
            case DISCARDED -> CarePlanStatus.ENTEREDINERROR;
        };
    }

    private static String description(PlanVersion v) {
        String goals = v.goals() == null || v.goals().isEmpty() ? "(ikke fylt ut)" : String.join("; ", v.goals());
        return CarePlanCodes.GOALS_QUESTION + " " + goals;
    }

    private static Set<AdviceCategory> categories(PlanRecord record) {
        Set<AdviceCategory> categories = new LinkedHashSet<>();
        record.items().stream().map(PlanItem::category).sorted().forEach(categories::add);
        return categories;
    }

    private static Instant lastUpdated(PlanVersion v) {
        return Stream.of(v.lastChangedAt(), v.approvedAt(), v.supersededAt()).filter(java.util.Objects::nonNull)
                .max(Instant::compareTo).orElse(v.draftedAt());
    }

    private static String name(String name) {
        return name != null ? name : "lege";
    }

    private static Practitioner practitioner(String id, String name, String hpr) {
        return ContainedPractitioner.of(id, name, hpr);
    }
}

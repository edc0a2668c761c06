package no.mila.dho.plan.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.mila.dho.patient.application.PatientAccess;
import no.mila.dho.plan.domain.PlanStatus;
import no.mila.dho.plan.persistence.CarePlanEntity;
import no.mila.dho.shared.problem.ProblemException;

/** Reading plans: by the follow-up service and the patient's physicians, by the patient, and its status. */
@ApplicationScoped
public class PlanQueries {

    private final PatientAccess access;

    public PlanQueries(PatientAccess access) {
        this.access = access;
    }

    /** Whether the patient has an approved plan (all a coordinator may know of it). */
    public record PlanStatusSummary(boolean hasApprovedPlan, Integer planVersion, Instant approvedAt,
                                    boolean draftInProgress) {
    }

    public List<PlanVersion> versions(UUID patientId) {
        access.requireClinical(patientId);
        return CarePlanEntity.versionsOf(patientId).stream().map(PlanVersion::of).toList();
    }

    public PlanRecord one(UUID patientId, UUID planId) {
        access.requireClinical(patientId);
        return PlanRecord.of(CarePlanEntity.ofPatient(patientId, planId)
                .orElseThrow(() -> ProblemException.notFound("Plan " + planId)));
    }

    /**
     * One plan version by its id alone (the console's print view), if the caller may see its patient's clinical data;
     * else 404 exactly as for a plan that does not exist.
     */
    public PlanRecord byId(UUID planId) {
        CarePlanEntity plan = CarePlanEntity.<CarePlanEntity>findByIdOptional(planId)
                .orElseThrow(() -> ProblemException.notFound("Plan " + planId));
        access.requireClinical(plan.patientId);
        return PlanRecord.of(plan);
    }

    public PlanRecord active(UUID patientId) {
        access.requireClinical(patientId);
        return PlanRecord.of(CarePlanEntity.withStatus(patientId, PlanStatus.ACTIVE)
                .orElseThrow(() -> ProblemException.notFound("An approved plan of patient " + patientId)));
    }

    public PlanStatusSummary status(UUID patientId) {
        access.require(patientId);
        Optional<CarePlanEntity> active = CarePlanEntity.withStatus(patientId, PlanStatus.ACTIVE);
        return new PlanStatusSummary(active.isPresent(), active.map(p -> p.versionNo).orElse(null),
                active.map(p -> p.approvedAt).orElse(null),
                CarePlanEntity.withStatus(patientId, PlanStatus.DRAFT).isPresent());
    }

    /** The caller's own active plan (role patient), if approved. */
    public Optional<PlanRecord> mine() {
        return CarePlanEntity.withStatus(access.requireSelfId(), PlanStatus.ACTIVE).map(PlanRecord::of);
    }
}

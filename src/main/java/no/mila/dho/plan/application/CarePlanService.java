package no.mila.dho.plan.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.mila.dho.measurement.domain.Zone;
import no.mila.dho.patient.application.PatientAccess;
import no.mila.dho.patient.domain.AccessPolicy;
import no.mila.dho.patient.domain.EpisodeState;
import no.mila.dho.patient.persistence.EpisodeEntity;
import no.mila.dho.patient.persistence.PatientEntity;
import no.mila.dho.plan.domain.PlanItem;
import no.mila.dho.plan.domain.PlanRules;
import no.mila.dho.plan.domain.PlanStatus;
import no.mila.dho.plan.persistence.CarePlanEntity;
import no.mila.dho.plan.persistence.CarePlanItemEntity;
import no.mila.dho.plan.persistence.PlanTemplateEntity;
import no.mila.dho.plan.persistence.PlanTemplateItemEntity;
import no.mila.dho.shared.problem.FieldViolation;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;
import no.mila.dho.shared.security.CurrentUser;

/**
 * A patient's self-management plan: a draft (from the active plan, or from the pathway's template), edited by
 * nurses and the patient's physicians (medication items by physicians only), approved by the patient's GP or
 * responsible physician; the approved version becomes the one active plan and the previous one is superseded,
 * never edited. Every change sends the plan's version (optimistic locking).
 */
@ApplicationScoped
public class CarePlanService {

    private final PatientAccess access;
    private final CurrentUser user;
    private final Clock clock;

    public CarePlanService(PatientAccess access, CurrentUser user, Clock clock) {
        this.access = access;
        this.user = user;
        this.clock = clock;
    }

    /** A new draft: a copy of the active plan, or, for the first plan, the pathway's template. */
    @Transactional
    public CarePlanEntity draft(UUID patientId, List<String> goals) {
        access.requireClinical(patientId);
        EpisodeEntity episode = followedUp(patientId);
        CarePlanEntity.withStatus(patientId, PlanStatus.DRAFT).ifPresent(d -> {
            throw new ProblemException(ProblemType.CONFLICT, "Draft version " + d.versionNo
                    + " is being worked on (plan " + d.id + "); edit it or discard it");
        });
        CarePlanEntity active = CarePlanEntity.withStatus(patientId, PlanStatus.ACTIVE).orElse(null);
        CarePlanEntity plan = new CarePlanEntity();
        plan.id = UUID.randomUUID();
        plan.patientId = patientId;
        plan.versionNo = CarePlanEntity.nextVersionNo(patientId);
        plan.status = PlanStatus.DRAFT;
        plan.draftedBySubject = user.subject();
        plan.draftedByName = user.displayName();
        plan.draftedByRole = user.primaryRole();
        plan.draftedAt = clock.instant();
        changedNow(plan);
        List<PlanItem> items;
        if (active != null) {
            plan.basedOnPlanId = active.id;
            plan.templateId = active.templateId;
            plan.goals = goals != null ? goals : active.goals;
            items = active.items();
        } else {
            PlanTemplateEntity template = PlanTemplateEntity.activeOf(episode.pathway).orElseThrow(() ->
                    new ProblemException(ProblemType.UNPROCESSABLE, "Pathway " + episode.pathway
                            + " has no plan template; an admin must add one"));
            plan.templateId = template.id;
            plan.goals = goals != null ? goals : List.of();
            items = template.items().stream().map(PlanTemplateItemEntity::toNewPlanItem).toList();
        }
        rejectProblems(PlanRules.problems(plan.goals, List.of()));
        plan.persist();
        CarePlanItemEntity.persistAll(plan.id, items);
        plan.flush();
        return plan;
    }

    /** Replaces a draft's goals and items (add, edit, remove, reorder). */
    @Transactional
    public CarePlanEntity update(UUID patientId, UUID planId, long version, List<String> goals, List<PlanItem> sent) {
        PatientEntity patient = access.requireClinical(patientId);
        CarePlanEntity plan = draftOf(patientId, planId, version);
        List<PlanItem> items = sent.stream().map(i -> i.key() == null
                ? new PlanItem(UUID.randomUUID().toString(), i.zone(), i.category(), i.text(), i.drug(), i.dose(),
                i.start(), i.stop()) : i).toList();
        rejectProblems(PlanRules.problems(goals, items));
        if (!isPatientsPhysician(patient) && PlanRules.changesMedication(plan.items(), items)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only a physician creates, changes or removes "
                    + "medication items; the other items can be changed");
        }
        CarePlanItemEntity.<CarePlanItemEntity>list("planId", plan.id).forEach(CarePlanItemEntity::delete);
        plan.flush();
        CarePlanItemEntity.persistAll(plan.id, items);
        plan.goals = List.copyOf(goals);
        changedNow(plan);
        plan.flush();
        return plan;
    }

    /** The patient's physician approves the draft: it becomes the one active plan, the previous is superseded. */
    @Transactional
    public CarePlanEntity approve(UUID patientId, UUID planId, long version) {
        PatientEntity patient = access.requireClinical(patientId);
        if (!isPatientsPhysician(patient)) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    "Only the patient's GP or responsible physician approves a self-management plan");
        }
        EpisodeEntity episode = followedUp(patientId);
        CarePlanEntity plan = draftOf(patientId, planId, version);
        Set<Zone> missing = EnumSet.allOf(Zone.class);
        plan.items().forEach(i -> missing.remove(i.zone()));
        if (!missing.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "A plan gives advice for every zone",
                    missing.stream().map(z -> new FieldViolation("zones." + z, "has no advice")).toList());
        }
        // claim the approval first: a concurrent approval or edit of the same draft fails here (optimistic lock)
        plan.recordApproval(user.subject(), user.displayName(), user.hpr().orElseThrow(), clock.instant(),
                hasHomeNursing(episode));
        plan.flush();
        CarePlanEntity.withStatus(patientId, PlanStatus.ACTIVE).ifPresent(previous -> {
            previous.status = PlanStatus.SUPERSEDED;
            previous.supersededAt = plan.approvedAt;
            previous.flush();
        });
        plan.status = PlanStatus.ACTIVE;
        plan.flush();
        return plan;
    }

    /** Drops a draft; the active plan stays as it is. */
    @Transactional
    public CarePlanEntity discard(UUID patientId, UUID planId, long version) {
        access.requireClinical(patientId);
        CarePlanEntity plan = draftOf(patientId, planId, version);
        plan.status = PlanStatus.DISCARDED;
        plan.discardedBySubject = user.subject();
        plan.discardedAt = clock.instant();
        plan.flush();
        return plan;
    }

    private CarePlanEntity draftOf(UUID patientId, UUID planId, long version) {
        CarePlanEntity plan = CarePlanEntity.ofPatient(patientId, planId)
                .orElseThrow(() -> ProblemException.notFound("Plan " + planId));
        if (plan.status != PlanStatus.DRAFT) {
            throw new ProblemException(ProblemType.ILLEGAL_TRANSITION, "Plan version " + plan.versionNo + " is "
                    + plan.status + ": only a draft changes; start a new draft from the active plan");
        }
        if (plan.version != version) {
            throw new ProblemException(ProblemType.CONCURRENT_MODIFICATION, "The plan changed (version " + plan.version
                    + ", you sent " + version + "); read it again");
        }
        return plan;
    }

    private static EpisodeEntity followedUp(UUID patientId) {
        return EpisodeEntity.openOf(patientId)
                .filter(e -> e.state == EpisodeState.ACTIVE_BASELINE || e.state == EpisodeState.ACTIVE
                        || e.state == EpisodeState.PAUSED)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_IN_FOLLOW_UP,
                        "The patient is not allocated to a pathway: a plan is made during follow-up"));
    }

    /** Home nursing takes part where the patient had home-nursing visits at allocation. */
    public static boolean hasHomeNursing(EpisodeEntity episode) {
        return episode.baselineNursingVisitsPerMonth != null && episode.baselineNursingVisitsPerMonth > 0;
    }

    private boolean isPatientsPhysician(PatientEntity patient) {
        return user.hasRole(AccessPolicy.PHYSICIAN) && AccessPolicy.isResponsiblePhysician(access.actor(), patient.facts());
    }

    private void changedNow(CarePlanEntity plan) {
        plan.lastChangedBySubject = user.subject();
        plan.lastChangedByName = user.displayName();
        plan.lastChangedAt = clock.instant();
    }

    private static void rejectProblems(List<PlanRules.Violation> problems) {
        if (!problems.isEmpty()) {
            List<FieldViolation> violations = new ArrayList<>();
            problems.forEach(p -> violations.add(new FieldViolation(p.field(), p.message())));
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "The plan has invalid fields", violations);
        }
    }
}

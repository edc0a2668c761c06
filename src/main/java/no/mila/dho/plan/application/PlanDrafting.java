package no.mila.dho.plan.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import no.mila.dho.patient.application.OpenEpisode;
import no.mila.dho.patient.application.PatientAccess;
import no.mila.dho.patient.domain.PatientFacts;
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
 * Drafting a patient's self-management plan: a draft (from the active plan, or from the pathway's template; its goals
 * as {@link PlanRules#startingGoals} says, from the goal conversation where that is newer),
 * edited by nurses and the patient's physicians (medication items by physicians only), or discarded. Every
 * change sends the plan's version (optimistic locking); approval is {@link PlanApproval}'s.
 */
@ApplicationScoped
public class PlanDrafting {

    private final PatientAccess access;
    private final PlanChecks checks;
    private final CurrentUser user;
    private final Clock clock;
    private final GoalConversations conversations;

    public PlanDrafting(PatientAccess access, PlanChecks checks, CurrentUser user, Clock clock,
                        GoalConversations conversations) {
        this.access = access;
        this.checks = checks;
        this.user = user;
        this.clock = clock;
        this.conversations = conversations;
    }

    /** A new draft: a copy of the active plan, or, for the first plan, the pathway's template. */
    @Transactional
    public PlanRecord draft(UUID patientId, List<String> goals) {
        access.requireClinical(patientId);
        OpenEpisode episode = checks.followedUp(patientId);
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
        plan.goals = PlanRules.startingGoals(goals,
                active == null ? null : new PlanRules.GoalSource(active.goals, active.approvedAt),
                conversations.latestOfEpisode(episode.id())
                        .map(c -> new PlanRules.GoalSource(c.goals(), c.recordedAt())).orElse(null));
        List<PlanItem> items;
        if (active != null) {
            plan.basedOnPlanId = active.id;
            plan.templateId = active.templateId;
            items = active.items();
        } else {
            PlanTemplateEntity template = PlanTemplateEntity.activeOf(episode.pathway()).orElseThrow(() ->
                    new ProblemException(ProblemType.UNPROCESSABLE, "Pathway " + episode.pathway()
                            + " has no plan template; an admin must add one"));
            plan.templateId = template.id;
            items = template.items().stream().map(PlanTemplateItemEntity::toNewPlanItem).toList();
        }
        rejectProblems(PlanRules.problems(plan.goals, List.of()));
        plan.persist();
        CarePlanItemEntity.persistAll(plan.id, items);
        plan.flush();
        return PlanRecord.of(plan);
    }

    /** Replaces a draft's goals and items (add, edit, remove, reorder). */
    @Transactional
    public PlanRecord update(UUID patientId, UUID planId, long version, List<String> goals, List<PlanItem> sent) {
        PatientFacts patient = access.requireClinicalFacts(patientId);
        CarePlanEntity plan = checks.draftOf(patientId, planId, version);
        List<PlanItem> items = sent.stream().map(i -> i.key() == null
                ? new PlanItem(UUID.randomUUID().toString(), i.zone(), i.category(), i.text(), i.drug(), i.dose(),
                i.start(), i.stop()) : i).toList();
        rejectProblems(PlanRules.problems(goals, items));
        if (!access.isPatientsPhysician(patient) && PlanRules.changesMedication(plan.items(), items)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only a physician creates, changes or removes "
                    + "medication items; the other items can be changed");
        }
        CarePlanItemEntity.deleteAllOf(plan.id);
        plan.flush();
        CarePlanItemEntity.persistAll(plan.id, items);
        plan.goals = List.copyOf(goals);
        changedNow(plan);
        plan.flush();
        return PlanRecord.of(plan);
    }

    /** Drops a draft; the active plan stays as it is. */
    @Transactional
    public PlanRecord discard(UUID patientId, UUID planId, long version) {
        access.requireClinical(patientId);
        CarePlanEntity plan = checks.draftOf(patientId, planId, version);
        plan.status = PlanStatus.DISCARDED;
        plan.discardedBySubject = user.subject();
        plan.discardedAt = clock.instant();
        plan.flush();
        return PlanRecord.of(plan);
    }

    private void changedNow(CarePlanEntity plan) {
        plan.lastChangedBySubject = user.subject();
        plan.lastChangedByName = user.displayName();
        plan.lastChangedAt = clock.instant();
    }

    private static void rejectProblems(List<PlanRules.Violation> problems) {
        if (!problems.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "The plan has invalid fields",
                    problems.stream().map(p -> new FieldViolation(p.field(), p.message())).toList());
        }
    }
}

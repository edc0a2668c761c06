package no.mila.dho.plan.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import no.mila.dho.measurement.domain.Zone;
import no.mila.dho.patient.application.OpenEpisode;
import no.mila.dho.patient.application.PatientAccess;
import no.mila.dho.patient.domain.PatientFacts;
import no.mila.dho.plan.domain.PlanRules;
import no.mila.dho.plan.domain.PlanStatus;
import no.mila.dho.plan.persistence.CarePlanEntity;
import no.mila.dho.shared.problem.FieldViolation;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;
import no.mila.dho.shared.security.CurrentUser;

/**
 * The approval of a draft by the patient's GP or responsible physician: it becomes the one active plan, the
 * previous active plan is superseded (never edited), and the copies go to the GP, the follow-up service and home
 * nursing where the patient has it ({@link PlanApproved} is fired in the approval's transaction; the collaboration
 * feature writes the outgoing copies).
 */
@ApplicationScoped
public class PlanApproval {

    private final PatientAccess access;
    private final PlanChecks checks;
    private final CurrentUser user;
    private final Clock clock;
    private final Event<PlanApproved> approved;

    public PlanApproval(PatientAccess access, PlanChecks checks, CurrentUser user, Clock clock,
                        Event<PlanApproved> approved) {
        this.access = access;
        this.checks = checks;
        this.user = user;
        this.clock = clock;
        this.approved = approved;
    }

    @Transactional
    public PlanRecord approve(UUID patientId, UUID planId, long version) {
        PatientFacts patient = access.requireClinicalFacts(patientId);
        if (!access.isPatientsPhysician(patient)) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    "Only the patient's GP or responsible physician approves a self-management plan");
        }
        OpenEpisode episode = checks.followedUp(patientId);
        CarePlanEntity plan = checks.draftOf(patientId, planId, version);
        Set<Zone> missing = EnumSet.allOf(Zone.class);
        plan.items().forEach(i -> missing.remove(i.zone()));
        if (!missing.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "A plan gives advice for every zone",
                    missing.stream().map(z -> new FieldViolation("zones." + z, "has no advice")).toList());
        }
        // claim the approval first: a concurrent approval or edit of the same draft fails here (optimistic lock)
        plan.recordApproval(user.subject(), user.displayName(), user.hpr().orElseThrow(), clock.instant(),
                PlanRules.hasHomeNursing(episode.baselineNursingVisitsPerMonth()));
        plan.flush();
        CarePlanEntity.withStatus(patientId, PlanStatus.ACTIVE).ifPresent(previous -> {
            previous.status = PlanStatus.SUPERSEDED;
            previous.supersededAt = plan.approvedAt;
            previous.flush();
        });
        plan.status = PlanStatus.ACTIVE;
        plan.flush();
        approved.fire(new PlanApproved(patientId, plan.id, plan.versionNo, plan.goals, plan.items(),
                plan.approvedBySubject, plan.approvedByName, plan.approvedAt,
                PlanRules.recipients(PlanRules.hasHomeNursing(episode.baselineNursingVisitsPerMonth()))));
        return PlanRecord.of(plan);
    }
}

package no.mila.dho.plan.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.mila.dho.plan.domain.PlanStatus;
import no.mila.dho.plan.persistence.CarePlanEntity;

/**
 * One version of a patient's plan as stored, without its items: {@code versionNo} numbers the versions,
 * {@code version} is the optimistic-locking version; who drafted it, changed it last and approved it (null until
 * approved), whom the copies went to, and when it was superseded.
 */
public record PlanVersion(UUID id, UUID patientId, int versionNo, PlanStatus status, long version, List<String> goals,
                          UUID templateId, UUID basedOnPlanId, String draftedBySubject, String draftedByName,
                          String draftedByRole, Instant draftedAt, String lastChangedBySubject,
                          String lastChangedByName, Instant lastChangedAt, String approvedBySubject,
                          String approvedByName, String approvedByHpr, Instant approvedAt, List<String> sharedWith,
                          Instant supersededAt) {

    static PlanVersion of(CarePlanEntity p) {
        return new PlanVersion(p.id, p.patientId, p.versionNo, p.status, p.version, p.goals, p.templateId,
                p.basedOnPlanId, p.draftedBySubject, p.draftedByName, p.draftedByRole, p.draftedAt,
                p.lastChangedBySubject, p.lastChangedByName, p.lastChangedAt, p.approvedBySubject, p.approvedByName,
                p.approvedByHpr, p.approvedAt, p.sharedWith, p.supersededAt);
    }
}

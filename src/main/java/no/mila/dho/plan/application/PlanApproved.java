package no.mila.dho.plan.application;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.mila.dho.plan.domain.PlanItem;
import no.mila.dho.plan.domain.Recipient;

/**
 * Fired (synchronously, in the approval's transaction) when a plan version is approved and becomes the active plan:
 * its content and the recipients of its copies ({@link no.mila.dho.plan.domain.PlanRules#recipients}).
 */
public record PlanApproved(UUID patientId, UUID planId, int versionNo, List<String> goals, List<PlanItem> items,
                           String approvedBySubject, String approvedByName, Instant approvedAt,
                           Set<Recipient> sharedWith) {
}

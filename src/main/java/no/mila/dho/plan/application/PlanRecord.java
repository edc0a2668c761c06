package no.mila.dho.plan.application;

import java.util.List;
import no.mila.dho.plan.domain.PlanItem;
import no.mila.dho.plan.persistence.CarePlanEntity;
import no.mila.dho.plan.persistence.PlanTemplateEntity;

/**
 * A plan version with its advice items (by zone and position) and the version of the template it came from
 * ({@code templateVersion} and {@code templateProvisional} null when it has none).
 */
public record PlanRecord(PlanVersion plan, List<PlanItem> items, Integer templateVersion,
                         Boolean templateProvisional) {

    static PlanRecord of(CarePlanEntity plan) {
        PlanTemplateEntity template = plan.templateId == null ? null : PlanTemplateEntity.findById(plan.templateId);
        return new PlanRecord(PlanVersion.of(plan), plan.items(), template == null ? null : template.versionNo,
                template == null ? null : template.review.provisional);
    }
}

package no.mila.dho.plan.application;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.mila.dho.measurement.application.PlanAdvice;
import no.mila.dho.measurement.application.ReportAnswer;
import no.mila.dho.measurement.domain.PatientMessages;
import no.mila.dho.measurement.domain.Zone;
import no.mila.dho.plan.domain.PlanItem;
import no.mila.dho.plan.domain.PlanTexts;
import no.mila.dho.plan.persistence.ApprovedPlanItems;

/**
 * The advice of the patient's active plan for the zone a report landed in, for the report's answer. Approved
 * plan versions never change, so their advice is kept by plan id in the bounded cache {@code approved-plan-advice}
 * (application.properties): no extra query on the report path once a plan has been read (the active plan's id
 * comes with the report's context query).
 */
@ApplicationScoped
public class ActivePlanAdvice implements PlanAdvice {

    private final ApprovedPlanItems items;
    private final Cache plans;

    public ActivePlanAdvice(ApprovedPlanItems items, @CacheName("approved-plan-advice") Cache plans) {
        this.items = items;
        this.plans = plans;
    }

    @Override
    public ReportAnswer.Plan forZone(UUID activePlanId, Zone zone) {
        if (activePlanId == null) {
            return new ReportAnswer.Plan(false, PatientMessages.PLAN_NOT_READY, List.of());
        }
        Map<Zone, List<String>> plan = plans.get(activePlanId, this::load).await().indefinitely();
        List<String> advice = plan.getOrDefault(zone, List.of());
        return new ReportAnswer.Plan(true, PlanTexts.intro(zone), advice);
    }

    private Map<Zone, List<String>> load(UUID planId) {
        Map<Zone, List<String>> byZone = new EnumMap<>(Zone.class);
        for (PlanItem item : items.of(planId)) {
            byZone.computeIfAbsent(item.zone(), z -> new ArrayList<>()).add(item.patientText());
        }
        byZone.replaceAll((zone, advice) -> List.copyOf(advice));
        return byZone;
    }
}

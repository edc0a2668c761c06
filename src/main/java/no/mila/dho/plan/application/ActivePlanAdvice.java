package no.mila.dho.plan.application;

import io.agroal.api.AgroalDataSource;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.mila.dho.measurement.application.PlanAdvice;
import no.mila.dho.measurement.application.ReportAnswer;
import no.mila.dho.measurement.domain.PatientMessages;
import no.mila.dho.measurement.domain.Zone;
import no.mila.dho.plan.domain.AdviceCategory;
import no.mila.dho.plan.domain.PlanItem;
import no.mila.dho.plan.domain.PlanTexts;

/**
 * The advice of the patient's active plan for the zone a report landed in, for the report's answer. Approved
 * plan versions never change, so their advice is kept by plan id in the bounded cache {@code approved-plan-advice}
 * (application.properties): no extra query on the report path once a plan has been read (the active plan's id
 * comes with the report's context query).
 */
@ApplicationScoped
public class ActivePlanAdvice implements PlanAdvice {

    private final AgroalDataSource dataSource;
    private final Cache plans;

    public ActivePlanAdvice(AgroalDataSource dataSource, @CacheName("approved-plan-advice") Cache plans) {
        this.dataSource = dataSource;
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
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                SELECT i.zone, i.item_key, i.category, i.text_nb, i.drug, i.dose, i.start_when, i.stop_when
                FROM care_plan_item i JOIN care_plan p ON p.id = i.plan_id
                WHERE i.plan_id = ? AND p.status IN ('ACTIVE', 'SUPERSEDED') ORDER BY i.zone, i.position""")) {
            s.setObject(1, planId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Zone zone = Zone.valueOf(r.getString(1));
                    PlanItem item = new PlanItem(r.getString(2), zone, AdviceCategory.valueOf(r.getString(3)),
                            r.getString(4), r.getString(5), r.getString(6), r.getString(7), r.getString(8));
                    byZone.computeIfAbsent(zone, z -> new ArrayList<>()).add(item.patientText());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the self-management plan", e);
        }
        byZone.replaceAll((zone, advice) -> List.copyOf(advice));
        return byZone;
    }
}

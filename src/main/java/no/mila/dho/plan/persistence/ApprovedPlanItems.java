package no.mila.dho.plan.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.mila.dho.measurement.domain.Zone;
import no.mila.dho.plan.domain.AdviceCategory;
import no.mila.dho.plan.domain.PlanItem;
import no.mila.dho.plan.domain.PlanStatus;

/**
 * The advice items of an approved plan version, read over plain JDBC for the answer to a report (the report
 * path does not open a Hibernate session for them).
 */
@ApplicationScoped
public class ApprovedPlanItems {

    private static final String SQL = """
            SELECT i.zone, i.item_key, i.category, i.text_nb, i.drug, i.dose, i.start_when, i.stop_when
              FROM care_plan_item i JOIN care_plan p ON p.id = i.plan_id
             WHERE i.plan_id = ? AND p.status = ANY(?)
             ORDER BY i.zone, i.position""";

    private final AgroalDataSource dataSource;

    public ApprovedPlanItems(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The plan's items by zone and position; none unless the plan is approved (active or superseded). */
    public List<PlanItem> of(UUID planId) {
        List<PlanItem> items = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(SQL)) {
            s.setObject(1, planId);
            s.setArray(2, c.createArrayOf("varchar", PlanStatus.approvedNames()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    items.add(item(r));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the self-management plan", e);
        }
        return items;
    }

    private static PlanItem item(ResultSet r) throws SQLException {
        return new PlanItem(r.getString("item_key"), Zone.valueOf(r.getString("zone")),
                AdviceCategory.valueOf(r.getString("category")), r.getString("text_nb"), r.getString("drug"),
                r.getString("dose"), r.getString("start_when"), r.getString("stop_when"));
    }
}

package no.mila.dho.plan.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import no.mila.dho.measurement.domain.Zone;
import no.mila.dho.plan.domain.AdviceCategory;
import no.mila.dho.plan.domain.PlanItem;

/** One advice item of a plan version's zone, at its position. Items change only while the plan is a draft. */
@Entity
@Table(name = "care_plan_item")
@IdClass(CarePlanItemEntity.Key.class)
public class CarePlanItemEntity extends PanacheEntityBase {

    /** Composite key: plan, zone and position. */
    public record Key(UUID planId, Zone zone, int position) implements Serializable {
        public Key() {
            this(null, null, 0);
        }
    }

    @Id
    @Column(name = "plan_id")
    public UUID planId;

    @Id
    @Enumerated(EnumType.STRING)
    public Zone zone;

    @Id
    public int position;

    @Column(name = "item_key", nullable = false)
    public UUID itemKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AdviceCategory category;

    @Column(name = "text_nb", nullable = false)
    public String textNb;

    public String drug;

    public String dose;

    @Column(name = "start_when")
    public String startWhen;

    @Column(name = "stop_when")
    public String stopWhen;

    public static CarePlanItemEntity of(UUID planId, int position, PlanItem item) {
        CarePlanItemEntity entity = new CarePlanItemEntity();
        entity.planId = planId;
        entity.zone = item.zone();
        entity.position = position;
        entity.itemKey = UUID.fromString(item.key());
        entity.category = item.category();
        entity.textNb = item.text();
        entity.drug = item.drug();
        entity.dose = item.dose();
        entity.startWhen = item.start();
        entity.stopWhen = item.stop();
        return entity;
    }

    /** Stores a plan's items, numbered in their order within each zone. */
    public static void persistAll(UUID planId, List<PlanItem> items) {
        items.stream().collect(Collectors.groupingBy(PlanItem::zone)).forEach((zone, inZone) -> {
            for (int i = 0; i < inZone.size(); i++) {
                of(planId, i, inZone.get(i)).persist();
            }
        });
    }

    /** Removes a draft's items one by one (not by a bulk delete), so that the session forgets them too. */
    public static void deleteAllOf(UUID planId) {
        CarePlanItemEntity.<CarePlanItemEntity>list("planId", planId).forEach(CarePlanItemEntity::delete);
    }

    public PlanItem toDomain() {
        return new PlanItem(itemKey.toString(), zone, category, textNb, drug, dose, startWhen, stopWhen);
    }
}

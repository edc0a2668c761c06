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
import java.util.UUID;
import no.mila.dho.measurement.domain.Zone;
import no.mila.dho.plan.domain.AdviceCategory;
import no.mila.dho.plan.domain.PlanItem;
import org.hibernate.annotations.Immutable;

/** One advice item of a template's zone (immutable: a revision is a new template version). */
@Entity
@Immutable
@Table(name = "plan_template_item")
@IdClass(PlanTemplateItemEntity.Key.class)
public class PlanTemplateItemEntity extends PanacheEntityBase {

    /** Composite key: template, zone and position. */
    public record Key(UUID templateId, Zone zone, int position) implements Serializable {
        public Key() {
            this(null, null, 0);
        }
    }

    @Id
    @Column(name = "template_id")
    public UUID templateId;

    @Id
    @Enumerated(EnumType.STRING)
    public Zone zone;

    @Id
    public int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AdviceCategory category;

    @Column(name = "text_nb", nullable = false)
    public String textNb;

    /** This advice as a new item of a patient's plan (with an id of its own). */
    public PlanItem toNewPlanItem() {
        return new PlanItem(UUID.randomUUID().toString(), zone, category, textNb, null, null, null, null);
    }
}

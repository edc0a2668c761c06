package no.mila.dho.plan.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.mila.dho.shared.review.ClinicalReview;

/** A version of a pathway's plan template; provisional until an admin records the clinical lead's review. */
@Entity
@Table(name = "plan_template")
public class PlanTemplateEntity extends PanacheEntityBase {

    public static final String ACTIVE = "ACTIVE";
    public static final String SUPERSEDED = "SUPERSEDED";

    @Id
    public UUID id;

    @Column(nullable = false)
    public String pathway;

    @Column(name = "version_no", nullable = false)
    public int versionNo;

    @Column(nullable = false)
    public String status;

    @Embedded
    public ClinicalReview review = ClinicalReview.pending();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    /** The templates in use, one per pathway, by pathway. */
    public static List<PlanTemplateEntity> allActive() {
        return list("status = ?1 order by pathway", ACTIVE);
    }

    public static Optional<PlanTemplateEntity> activeOf(String pathway) {
        return find("pathway = ?1 and status = ?2", pathway, ACTIVE).firstResultOptional();
    }

    public List<PlanTemplateItemEntity> items() {
        return PlanTemplateItemEntity.list("templateId = ?1 order by zone, position", id);
    }
}

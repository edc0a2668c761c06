package no.mila.dho.patient.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import no.mila.dho.patient.domain.InclusionCriterion;
import org.hibernate.annotations.Immutable;

/** An inclusion criterion of the assessment (reference data). */
@Entity
@Immutable
@Table(name = "inclusion_criterion")
public class CriterionEntity extends PanacheEntityBase {

    @Id
    public String code;

    public String pathway;

    @Column(nullable = false)
    public String kind;

    @Column(name = "text_nb", nullable = false)
    public String textNb;

    @Column(name = "text_en", nullable = false)
    public String textEn;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    public InclusionCriterion toDomain() {
        return new InclusionCriterion(code, "GENERAL".equals(kind), textEn);
    }

    /** The general criteria and those of the pathway, in checklist order. */
    public static List<CriterionEntity> forPathway(String pathway) {
        return list("pathway is null or pathway = ?1 order by sortOrder", pathway);
    }

    /** The checklist of the pathway as the assessment rules read it. */
    public static List<InclusionCriterion> checklistOf(String pathway) {
        return forPathway(pathway).stream().map(CriterionEntity::toDomain).toList();
    }
}

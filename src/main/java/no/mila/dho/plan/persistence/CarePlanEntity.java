package no.mila.dho.plan.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.mila.dho.plan.domain.PlanItem;
import no.mila.dho.plan.domain.PlanRules;
import no.mila.dho.plan.domain.PlanStatus;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One version of a patient's self-management plan. */
@Entity
@Table(name = "care_plan")
public class CarePlanEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "patient_id", nullable = false)
    public UUID patientId;

    @Column(name = "version_no", nullable = false)
    public int versionNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> goals;

    @Column(name = "template_id")
    public UUID templateId;

    @Column(name = "based_on_plan_id")
    public UUID basedOnPlanId;

    @Column(name = "drafted_by_subject", nullable = false)
    public String draftedBySubject;

    @Column(name = "drafted_by_name")
    public String draftedByName;

    @Column(name = "drafted_by_role", nullable = false)
    public String draftedByRole;

    @Column(name = "drafted_at", nullable = false)
    public Instant draftedAt;

    @Column(name = "last_changed_by_subject", nullable = false)
    public String lastChangedBySubject;

    @Column(name = "last_changed_by_name")
    public String lastChangedByName;

    @Column(name = "last_changed_at", nullable = false)
    public Instant lastChangedAt;

    @Column(name = "approved_by_subject")
    public String approvedBySubject;

    @Column(name = "approved_by_name")
    public String approvedByName;

    @Column(name = "approved_by_hpr")
    public String approvedByHpr;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "shared_with")
    public List<String> sharedWith;

    @Column(name = "superseded_at")
    public Instant supersededAt;

    @Column(name = "discarded_by_subject")
    public String discardedBySubject;

    @Column(name = "discarded_at")
    public Instant discardedAt;

    @Version
    public long version;

    public static Optional<CarePlanEntity> ofPatient(UUID patientId, UUID planId) {
        return find("id = ?1 and patientId = ?2", planId, patientId).firstResultOptional();
    }

    public static Optional<CarePlanEntity> withStatus(UUID patientId, PlanStatus status) {
        return find("patientId = ?1 and status = ?2", patientId, status).firstResultOptional();
    }

    public static List<CarePlanEntity> versionsOf(UUID patientId) {
        return list("patientId = ?1 order by versionNo desc", patientId);
    }

    public static int nextVersionNo(UUID patientId) {
        Integer max = getEntityManager().createQuery("select max(p.versionNo) from CarePlanEntity p where p.patientId = ?1",
                Integer.class).setParameter(1, patientId).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    /**
     * Records the physician's approval and the recipients of the copies: the GP, the follow-up service, and home
     * nursing where the patient has it. The status moves to ACTIVE separately (after the previous plan is superseded).
     */
    public void recordApproval(String subject, String name, String hpr, Instant at, boolean homeNursing) {
        approvedBySubject = subject;
        approvedByName = name;
        approvedByHpr = hpr;
        approvedAt = at;
        sharedWith = PlanRules.recipients(homeNursing).stream().map(Enum::name).toList();
    }

    public List<PlanItem> items() {
        return CarePlanItemEntity.<CarePlanItemEntity>list("planId = ?1 order by zone, position", id).stream()
                .map(CarePlanItemEntity::toDomain).toList();
    }
}

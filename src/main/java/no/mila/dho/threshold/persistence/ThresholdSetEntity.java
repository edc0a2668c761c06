package no.mila.dho.threshold.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.measurement.domain.ThresholdSet;
import no.mila.dho.measurement.domain.WeightTrendRule;
import no.mila.dho.shared.review.ClinicalReview;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A pathway's default threshold set or one version of a patient's individual thresholds. */
@Entity
@Table(name = "threshold_set")
public class ThresholdSetEntity extends PanacheEntityBase {

    public static final String IN_FORCE = "IN_FORCE";
    public static final String SUPERSEDED = "SUPERSEDED";

    @Id
    public UUID id;

    @Column(nullable = false)
    public String pathway;

    @Column(name = "patient_id")
    public UUID patientId;

    @Column(name = "version_no", nullable = false)
    public int versionNo;

    @Column(nullable = false)
    public String status;

    @Column(name = "source_set_id")
    public UUID sourceSetId;

    @Embedded
    public WeightTrendColumns weightTrend;

    /** Measured types stated on purpose as no longer measured, with the reason (part of the immutable version). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "not_measured", nullable = false)
    public Map<MeasurementType, String> notMeasured = new EnumMap<>(MeasurementType.class);

    @Embedded
    public ClinicalReview review = ClinicalReview.pending();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    /** The change request (governance) that put this version in force; null for a copy of the pathway default. */
    @Column(name = "change_request_id")
    public UUID changeRequestId;

    public static Optional<ThresholdSetEntity> defaultInForce(String pathway) {
        return find("pathway = ?1 and patientId is null and status = ?2", pathway, IN_FORCE).firstResultOptional();
    }

    public static Optional<ThresholdSetEntity> patientInForce(UUID patientId) {
        return find("patientId = ?1 and status = ?2", patientId, IN_FORCE).firstResultOptional();
    }

    public List<ThresholdLimitEntity> limits() {
        return ThresholdLimitEntity.list("setId", id);
    }

    /** The patient's versions, oldest first. */
    public static List<ThresholdSetEntity> versionsOf(UUID patientId) {
        return list("patientId = ?1 order by versionNo", patientId);
    }

    /** The limits and trend rule of this version, for evaluation and comparison. */
    public ThresholdSet toDomain() {
        return LimitColumns.thresholdSet(limits(), weightTrend, notMeasured);
    }

    public Optional<WeightTrendRule> trendRule() {
        return WeightTrendColumns.rule(weightTrend);
    }
}

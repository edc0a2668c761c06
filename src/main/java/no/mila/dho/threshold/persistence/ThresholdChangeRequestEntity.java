package no.mila.dho.threshold.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.measurement.domain.ThresholdSet;
import no.mila.dho.threshold.domain.ChangeStatus;
import no.mila.dho.threshold.domain.RequestFacts;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A request to change a patient's thresholds, with the proposed limits. Its status moves under optimistic
 * locking ({@link #version}); each step is also appended to {@link ThresholdChangeStepEntity}.
 */
@Entity
@Table(name = "threshold_change_request")
public class ThresholdChangeRequestEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "patient_id", nullable = false)
    public UUID patientId;

    @Column(name = "episode_id", nullable = false)
    public UUID episodeId;

    @Column(name = "base_set_id", nullable = false)
    public UUID baseSetId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ChangeStatus status;

    @Column(nullable = false)
    public String reason;

    @Embedded
    public WeightTrendColumns weightTrend;

    /** Measured types the proposal states as no longer measured, with the reason. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "not_measured", nullable = false)
    public Map<MeasurementType, String> notMeasured = new EnumMap<>(MeasurementType.class);

    @Column(name = "proposed_by_subject", nullable = false)
    public String proposedBySubject;

    @Column(name = "proposed_at", nullable = false)
    public Instant proposedAt;

    @Column(name = "ordered_by_subject")
    public String orderedBySubject;

    @Column(name = "ordered_at")
    public Instant orderedAt;

    @Column(name = "verified_by_subject")
    public String verifiedBySubject;

    @Column(name = "verified_at")
    public Instant verifiedAt;

    @Column(name = "closed_by_subject")
    public String closedBySubject;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "close_reason")
    public String closeReason;

    @Column(name = "resulting_set_id")
    public UUID resultingSetId;

    @Version
    public long version;

    public static Optional<ThresholdChangeRequestEntity> ofPatient(UUID patientId, UUID requestId) {
        return find("id = ?1 and patientId = ?2", requestId, patientId).firstResultOptional();
    }

    public static Optional<ThresholdChangeRequestEntity> openOf(UUID patientId) {
        return find("patientId = ?1 and status in ?2", patientId, List.of(ChangeStatus.PROPOSED, ChangeStatus.ORDERED))
                .firstResultOptional();
    }

    public RequestFacts facts() {
        return new RequestFacts(status, proposedBySubject, orderedBySubject);
    }

    public List<ThresholdChangeLimitEntity> limits() {
        return ThresholdChangeLimitEntity.list("requestId = ?1 order by type", id);
    }

    /** The proposed version's limits and trend rule. */
    public ThresholdSet proposed() {
        return LimitColumns.thresholdSet(limits(), weightTrend, notMeasured);
    }
}

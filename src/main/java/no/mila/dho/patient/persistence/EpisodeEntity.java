package no.mila.dho.patient.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.mila.dho.patient.domain.EndReason;
import no.mila.dho.patient.domain.EpisodeState;
import no.mila.dho.patient.domain.ReferralSource;
import org.hibernate.LockOptions;

/** One pathway episode (tjenesteforløp) of a patient. */
@Entity
@Table(name = "episode")
public class EpisodeEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "patient_id", nullable = false)
    public UUID patientId;

    @Column(nullable = false)
    public String pathway;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EpisodeState state;

    @Enumerated(EnumType.STRING)
    @Column(name = "referral_source", nullable = false)
    public ReferralSource referralSource;

    @Column(name = "referral_department")
    public String referralDepartment;

    @Column(name = "referral_oral_consent", nullable = false)
    public boolean referralOralConsent;

    @Column(name = "referred_on", nullable = false)
    public LocalDate referredOn;

    @Column(name = "consent_date")
    public LocalDate consentDate;

    @Column(name = "consent_collected_by_subject")
    public String consentCollectedBySubject;

    @Column(name = "consent_collected_by_name")
    public String consentCollectedByName;

    @Column(name = "baseline_nursing_visits_month")
    public Integer baselineNursingVisitsPerMonth;

    @Column(name = "baseline_nursing_minutes_month")
    public Integer baselineNursingMinutesPerMonth;

    /** Municipal acute bed (KAD) days of the 12 months before allocation; null where not recorded. */
    @Column(name = "baseline_kad_days_12m")
    public Integer baselineKadDays;

    /** Short-term stay (korttidsopphold) days of the 12 months before allocation; null where not recorded. */
    @Column(name = "baseline_short_term_days_12m")
    public Integer baselineShortTermDays;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    public EndReason endReason;

    @Column(name = "end_reason_text")
    public String endReasonText;

    @Column(name = "planned_end_date")
    public LocalDate plannedEndDate;

    @Column(name = "end_decided_by_subject")
    public String endDecidedBySubject;

    @Column(name = "end_decided_by_name")
    public String endDecidedByName;

    @Column(name = "end_decided_on")
    public LocalDate endDecidedOn;

    @Column(name = "coordinator_informed")
    public Boolean coordinatorInformed;

    @Version
    public long version;

    public static List<EpisodeEntity> ofPatient(UUID patientId) {
        return list("patientId = ?1 order by referredOn desc, id", patientId);
    }

    /** The patient's newest episode, open or ended. */
    public static Optional<EpisodeEntity> latestOf(UUID patientId) {
        return find("patientId = ?1 order by referredOn desc, id", patientId).firstResultOptional();
    }

    public static Optional<EpisodeEntity> openOf(UUID patientId) {
        return find("patientId = ?1 and state in ?2", patientId, EpisodeState.openStates()).firstResultOptional();
    }

    /**
     * The open episodes whose planned end date is {@code today} or earlier, locked {@code FOR UPDATE SKIP LOCKED}
     * so that a second instance running the same job passes them by.
     */
    public static List<EpisodeEntity> dueToEnd(LocalDate today) {
        return EpisodeEntity.<EpisodeEntity>find("state in ?1 and plannedEndDate <= ?2", EpisodeState.openStates(), today)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", LockOptions.SKIP_LOCKED)
                .list();
    }

    public static Optional<EpisodeEntity> ofPatient(UUID patientId, UUID episodeId) {
        return find("id = ?1 and patientId = ?2", episodeId, patientId).firstResultOptional();
    }
}

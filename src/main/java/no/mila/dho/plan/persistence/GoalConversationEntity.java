package no.mila.dho.plan.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One version of an episode's goal conversation (målsamtale); never changed once written. */
@Entity
@Table(name = "goal_conversation")
public class GoalConversationEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "patient_id", nullable = false)
    public UUID patientId;

    @Column(name = "episode_id", nullable = false)
    public UUID episodeId;

    @Column(name = "version_no", nullable = false)
    public int versionNo;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @Column(name = "what_matters", nullable = false)
    public String whatMatters;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> goals;

    public String summary;

    @Column(name = "recorded_by_subject", nullable = false)
    public String recordedBySubject;

    @Column(name = "recorded_by_name")
    public String recordedByName;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** The patient's versions, newest first (of all their episodes). */
    public static List<GoalConversationEntity> ofPatient(UUID patientId) {
        return list("patientId = ?1 order by recordedAt desc, versionNo desc", patientId);
    }

    /** The episode's newest version, if its conversation is recorded. */
    public static Optional<GoalConversationEntity> latestOfEpisode(UUID episodeId) {
        return find("episodeId = ?1 order by versionNo desc", episodeId).firstResultOptional();
    }
}

package no.mila.dho.patient.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/** The answer to one criterion of an episode's assessment checklist. */
@Entity
@Table(name = "assessment_answer")
@IdClass(AssessmentAnswerEntity.Key.class)
public class AssessmentAnswerEntity extends PanacheEntityBase {

    /** Composite key: episode and criterion. */
    public record Key(UUID episodeId, String criterion) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "episode_id")
    public UUID episodeId;

    @Id
    public String criterion;

    @Column(nullable = false)
    public boolean met;

    public static List<AssessmentAnswerEntity> ofEpisode(UUID episodeId) {
        return list("episodeId", episodeId);
    }
}

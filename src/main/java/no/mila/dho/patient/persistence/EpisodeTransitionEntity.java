package no.mila.dho.patient.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.mila.dho.patient.domain.EpisodeState;
import org.hibernate.annotations.Immutable;

/** One state change of an episode with who, when and why (append-only). */
@Entity
@Immutable
@Table(name = "episode_transition")
public class EpisodeTransitionEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "episode_id", nullable = false)
    public UUID episodeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    public EpisodeState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false)
    public EpisodeState toState;

    @Column(nullable = false)
    public Instant at;

    @Column(name = "actor_subject", nullable = false)
    public String actorSubject;

    @Column(name = "actor_name", nullable = false)
    public String actorName;

    @Column(name = "actor_role", nullable = false)
    public String actorRole;

    public String reason;

    public static List<EpisodeTransitionEntity> ofEpisodes(List<UUID> episodeIds) {
        return episodeIds.isEmpty() ? List.of() : list("episodeId in ?1 order by id", episodeIds);
    }
}

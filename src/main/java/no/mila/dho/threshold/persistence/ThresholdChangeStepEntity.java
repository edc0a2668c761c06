package no.mila.dho.threshold.persistence;

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
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import no.mila.dho.threshold.domain.ChangeStatus;
import org.hibernate.annotations.Immutable;

/** One step of a threshold change request: who (subject, name, role, HPR), when, and their note. Append-only. */
@Entity
@Immutable
@Table(name = "threshold_change_step")
public class ThresholdChangeStepEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "request_id", nullable = false)
    public UUID requestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ChangeStatus step;

    @Column(nullable = false)
    public Instant at;

    @Column(name = "actor_subject", nullable = false)
    public String actorSubject;

    @Column(name = "actor_name")
    public String actorName;

    @Column(name = "actor_role", nullable = false)
    public String actorRole;

    @Column(name = "actor_hpr")
    public String actorHpr;

    public String note;

    /** Appends one step to the request's trail. */
    public static ThresholdChangeStepEntity append(UUID requestId, ChangeStatus step, Instant at, String subject,
                                                   String name, String role, String hpr, String note) {
        ThresholdChangeStepEntity entry = new ThresholdChangeStepEntity();
        entry.requestId = requestId;
        entry.step = step;
        entry.at = at;
        entry.actorSubject = subject;
        entry.actorName = name;
        entry.actorRole = role;
        entry.actorHpr = hpr;
        entry.note = note;
        entry.persist();
        return entry;
    }

    public static List<ThresholdChangeStepEntity> ofRequests(Collection<UUID> requestIds) {
        return requestIds.isEmpty() ? List.of() : list("requestId in ?1 order by id", requestIds);
    }
}

package no.mila.dho.audit.persistence;

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
import java.util.UUID;
import no.mila.dho.audit.domain.AccessAction;
import no.mila.dho.audit.domain.AccessOutcome;
import org.hibernate.annotations.Immutable;

/** One row of the append-only access log. */
@Entity
@Immutable
@Table(name = "access_log")
public class AccessLogEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public Instant at;

    @Column(name = "actor_subject", nullable = false)
    public String actorSubject;

    @Column(name = "actor_name")
    public String actorName;

    @Column(name = "actor_role")
    public String actorRole;

    @Column(name = "actor_hpr")
    public String actorHpr;

    @Column(name = "actor_municipality", columnDefinition = "bpchar(4)")
    public String actorMunicipality;

    @Column(name = "patient_id")
    public UUID patientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AccessAction action;

    @Column(nullable = false)
    public String resource;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AccessOutcome outcome;

    @Column(name = "http_status", nullable = false)
    public int httpStatus;

    @Column(name = "request_id")
    public String requestId;

    /** Why the access was allowed when the caller's role alone does not explain it. */
    public String reason;
}

package no.mila.dho.economics.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Who made an entry of a trail or ledger, and when (the columns every economics trail has). */
@MappedSuperclass
public abstract class Trail extends PanacheEntityBase {

    @Column(nullable = false)
    public Instant at;

    @Column(name = "actor_subject", nullable = false)
    public String actorSubject;

    @Column(name = "actor_name", nullable = false)
    public String actorName;

    @Column(name = "actor_role", nullable = false)
    public String actorRole;

    /** Sets the four columns. */
    public void by(Instant when, String subject, String name, String role) {
        at = when;
        actorSubject = subject;
        actorName = name;
        actorRole = role;
    }
}

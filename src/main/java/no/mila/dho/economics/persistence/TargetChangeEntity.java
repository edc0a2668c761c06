package no.mila.dho.economics.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.annotations.Immutable;

/** One change of a target with who, when, from what to what and why (V22, append-only). */
@Entity
@Immutable
@Table(name = "economics_target_change")
public class TargetChangeEntity extends Trail {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false, columnDefinition = "bpchar(4)")
    public String municipality;

    @Column(nullable = false)
    public int month;

    @Column(name = "old_target")
    public Integer oldTarget;

    @Column(name = "new_target", nullable = false)
    public int newTarget;

    @Column(nullable = false)
    public String reason;

    /** The changes of one municipality's targets of the year, newest first. */
    public static List<TargetChangeEntity> of(int year, String municipality) {
        return list("year = ?1 and municipality = ?2 order by id desc", year, municipality);
    }
}

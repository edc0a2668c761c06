package no.mila.dho.economics.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** The target (måltall) of one municipality and month (V22); no row: no target. */
@Entity
@Table(name = "economics_target")
@IdClass(TargetEntity.Key.class)
public class TargetEntity extends PanacheEntityBase {

    @Id
    public int year;

    @Id
    @Column(columnDefinition = "bpchar(4)")
    public String municipality;

    @Id
    public int month;

    @Column(nullable = false)
    public int target;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Version
    public long version;

    /** The targets of the year, of all municipalities or one, by municipality and month. */
    public static List<TargetEntity> ofYear(int year, String municipality) {
        return municipality == null ? list("year = ?1 order by municipality, month", year)
                : list("year = ?1 and municipality = ?2 order by month", year, municipality);
    }

    /** The composite key: year, municipality, month. */
    public static class Key implements Serializable {
        public int year;
        public String municipality;
        public int month;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.year == year && k.month == month
                    && java.util.Objects.equals(k.municipality, municipality);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(year, municipality, month);
        }
    }
}

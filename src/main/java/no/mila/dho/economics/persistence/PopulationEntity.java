package no.mila.dho.economics.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The inhabitants of one municipality in one year (V23). */
@Entity
@Table(name = "economics_population")
public class PopulationEntity extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public int inhabitants;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    /** Year and municipality number. */
    @Embeddable
    public static class Key implements Serializable {
        @Column(nullable = false)
        public int year;
        @Column(nullable = false)
        public String municipality;

        public Key() {
        }

        public Key(int year, String municipality) {
            this.year = year;
            this.municipality = municipality;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.year == year && Objects.equals(k.municipality, municipality);
        }

        @Override
        public int hashCode() {
            return Objects.hash(year, municipality);
        }
    }

    public static List<PopulationEntity> ofYear(int year) {
        return list("key.year = ?1 order by key.municipality", year);
    }
}

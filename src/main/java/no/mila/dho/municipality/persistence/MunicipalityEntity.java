package no.mila.dho.municipality.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import no.mila.dho.municipality.domain.Municipality;

/** A municipality of the collaboration (reference data; the partners are loaded by migration V1). */
@Entity
@Table(name = "municipality")
public class MunicipalityEntity extends PanacheEntityBase {

    @Id
    @Column(name = "number", length = 4, columnDefinition = "bpchar(4)")
    public String number;

    @Column(nullable = false, length = 100)
    public String name;

    @Column(name = "partner_since", nullable = false)
    public LocalDate partnerSince;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "deactivated_on")
    public LocalDate deactivatedOn;

    public static List<MunicipalityEntity> listByName() {
        return list("order by name");
    }

    public static boolean nameTaken(String name) {
        return count("lower(name) = ?1", name.toLowerCase()) > 0;
    }

    public Municipality toDomain() {
        return new Municipality(number, name, partnerSince, active, deactivatedOn);
    }
}

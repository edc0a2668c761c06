package no.mila.dho.patient.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A follow-up pathway (COPD, heart failure, ...): reference data. */
@Entity
@Table(name = "pathway")
public class PathwayEntity extends PanacheEntityBase {

    @Id
    public String code;

    @Column(name = "name_nb", nullable = false)
    public String nameNb;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    public String department;

    @Column(nullable = false)
    public boolean active;
}

package no.mila.dho.patient.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A hospital department (Ahus heart, Ahus lung): reference data. */
@Entity
@Table(name = "hospital_department")
public class DepartmentEntity extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    /** The hospital the department belongs to (e.g. AHUS). */
    public String hospital;
}

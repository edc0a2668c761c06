package no.mila.dho.patient.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One change of a patient's GP or responsible physician: who, when, from what to what (append-only). */
@Entity
@Immutable
@Table(name = "patient_physician_change")
public class PhysicianChangeEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "patient_id", nullable = false)
    public UUID patientId;

    @Column(nullable = false)
    public Instant at;

    @Column(name = "actor_subject", nullable = false)
    public String actorSubject;

    @Column(name = "actor_name", nullable = false)
    public String actorName;

    @Column(name = "actor_role", nullable = false)
    public String actorRole;

    @Column(name = "old_gp_name")
    public String oldGpName;

    @Column(name = "old_gp_hpr")
    public String oldGpHpr;

    @Column(name = "new_gp_name")
    public String newGpName;

    @Column(name = "new_gp_hpr")
    public String newGpHpr;

    @Column(name = "old_responsible_name")
    public String oldResponsibleName;

    @Column(name = "old_responsible_hpr")
    public String oldResponsibleHpr;

    @Column(name = "old_responsible_department")
    public String oldResponsibleDepartment;

    @Column(name = "new_responsible_name")
    public String newResponsibleName;

    @Column(name = "new_responsible_hpr")
    public String newResponsibleHpr;

    @Column(name = "new_responsible_department")
    public String newResponsibleDepartment;

    /** The patient's changes, newest first. */
    public static List<PhysicianChangeEntity> ofPatient(UUID patientId) {
        return list("patientId = ?1 order by id desc", patientId);
    }
}

package no.mila.dho.patient.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import no.mila.dho.patient.domain.PatientFacts;

/** A patient (tjenestemottaker) as registered by the follow-up service or the municipality's coordinator. */
@Entity
@Table(name = "patient")
public class PatientEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "national_id", columnDefinition = "bpchar(11)", nullable = false, unique = true)
    public String nationalId;

    @Column(name = "given_name", nullable = false)
    public String givenName;

    @Column(name = "family_name", nullable = false)
    public String familyName;

    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;

    @Column(name = "municipality", columnDefinition = "bpchar(4)", nullable = false)
    public String municipality;

    public String phone;

    @Column(name = "gp_name")
    public String gpName;

    @Column(name = "gp_hpr")
    public String gpHpr;

    @Column(name = "responsible_physician_name")
    public String responsiblePhysicianName;

    @Column(name = "responsible_physician_hpr")
    public String responsiblePhysicianHpr;

    @Column(name = "responsible_department")
    public String responsibleDepartment;

    @Column(name = "login_subject")
    public String loginSubject;

    @Column(name = "coordinator_subject")
    public String coordinatorSubject;

    @Column(name = "coordinator_name")
    public String coordinatorName;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Version
    public long version;

    public PatientFacts facts() {
        return new PatientFacts(municipality, gpHpr, responsiblePhysicianHpr, loginSubject);
    }

    public static Optional<PatientEntity> byLoginSubject(String subject) {
        return find("loginSubject", subject).firstResultOptional();
    }

    public static Optional<PatientEntity> byNationalId(String nationalId) {
        return find("nationalId", nationalId).firstResultOptional();
    }

    /**
     * The patients within {@code scope} (a {@link PatientScope#jpql} condition with its parameters in
     * {@code params}) whose name contains {@code name}, with the national id and in the municipality given (each
     * filter left out when blank), by family name, given name and id.
     */
    public static PanacheQuery<PatientEntity> search(String scope, Parameters params, String name, String nationalId,
                                                     String municipality) {
        StringBuilder query = new StringBuilder("from PatientEntity p where ").append(scope);
        if (name != null && !name.isBlank()) {
            query.append(" and lower(concat(p.givenName, ' ', p.familyName)) like :name escape '!'");
            params.and("name", "%" + name.trim().toLowerCase().replaceAll("([!%_])", "!$1") + "%");
        }
        if (nationalId != null && !nationalId.isBlank()) {
            query.append(" and p.nationalId = :nationalId");
            params.and("nationalId", nationalId.trim());
        }
        if (municipality != null && !municipality.isBlank()) {
            query.append(" and p.municipality = :municipality");
            params.and("municipality", municipality.trim());
        }
        return find(query + " order by p.familyName, p.givenName, p.id", params);
    }
}

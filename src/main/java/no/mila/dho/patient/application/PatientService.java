package no.mila.dho.patient.application;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;
import no.mila.dho.audit.AuditContext;
import no.mila.dho.municipality.persistence.Municipality;
import no.mila.dho.patient.domain.AccessPolicy;
import no.mila.dho.patient.domain.Actor;
import no.mila.dho.patient.domain.NationalIdentityNumber;
import no.mila.dho.patient.persistence.DepartmentEntity;
import no.mila.dho.patient.persistence.PatientEntity;
import no.mila.dho.shared.paging.Page;
import no.mila.dho.shared.paging.PageRequest;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;
import no.mila.dho.shared.security.CurrentUser;

/** Registers patients, keeps their registration up to date, links their login and finds them. */
@ApplicationScoped
public class PatientService {

    private final PatientAccess access;
    private final AuditContext audit;
    private final CurrentUser user;
    private final PatientConfig config;
    private final Clock clock;
    private final PhysicianTrail trail;

    public PatientService(PatientAccess access, AuditContext audit, CurrentUser user, PatientConfig config,
                          Clock clock, PhysicianTrail trail) {
        this.access = access;
        this.audit = audit;
        this.user = user;
        this.config = config;
        this.clock = clock;
        this.trail = trail;
    }

    @Transactional
    public PatientEntity register(PatientDetails details) {
        NationalIdentityNumber nationalId = checkedNationalId(details.nationalId());
        if (details.birthDate() != null && !details.birthDate().equals(nationalId.birthDate())) {
            throw ProblemException.invalid("birthDate", "does not match the national identity number");
        }
        if (PatientEntity.byNationalId(nationalId.value()).isPresent()) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "A patient with this national identity number is already registered");
        }
        PatientEntity patient = new PatientEntity();
        patient.id = UUID.randomUUID();
        patient.nationalId = nationalId.value();
        patient.birthDate = nationalId.birthDate();
        patient.createdAt = clock.instant();
        patient.createdBy = user.subject();
        PhysicianAssignment none = PhysicianAssignment.of(patient);
        apply(patient, details);
        patient.persist();
        trail.recordIfChanged(patient, none);
        audit.patient(patient.id);
        return patient;
    }

    /**
     * Changes the registration of a patient the caller may see, if it is still at {@code expectedVersion}:
     * {@code change} gets the stored registration and gives the new one (a full replacement ignores it, a
     * merge patch applies itself to it). The new registration passes the same checks as a registration.
     */
    @Transactional
    public PatientEntity update(UUID patientId, long expectedVersion, UnaryOperator<PatientDetails> change) {
        PatientEntity patient = access.require(patientId).patient();
        if (patient.version != expectedVersion) {
            throw new ProblemException(ProblemType.CONCURRENT_MODIFICATION,
                    "The patient was changed by someone else (version " + patient.version + "); reload and retry");
        }
        PatientDetails details = change.apply(PatientDetails.of(patient));
        if (details.nationalId() != null && !details.nationalId().equals(patient.nationalId)) {
            throw ProblemException.invalid("nationalId", "cannot be changed; register the right patient instead");
        }
        if (details.birthDate() != null && !details.birthDate().equals(patient.birthDate)) {
            throw ProblemException.invalid("birthDate", "cannot be changed; it follows the national identity number");
        }
        PhysicianAssignment before = PhysicianAssignment.of(patient);
        apply(patient, details);
        trail.recordIfChanged(patient, before);
        return patient;
    }

    /** Links (or, with null, unlinks) the Keycloak login of the patient (admin). */
    @Transactional
    public PatientEntity linkLogin(UUID patientId, String subject) {
        PatientEntity patient = access.requireExisting(patientId);
        if (subject != null) {
            PatientEntity.byLoginSubject(subject).filter(other -> !other.id.equals(patientId)).ifPresent(other -> {
                throw new ProblemException(ProblemType.CONFLICT, "This login is already linked to another patient");
            });
        }
        patient.loginSubject = subject;
        touch(patient);
        return patient;
    }

    public Page<PatientEntity> search(String name, String nationalId, String municipality, PageRequest page) {
        Parameters params = new Parameters();
        StringBuilder query = new StringBuilder("from PatientEntity p where ").append(access.searchScope(params));
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
        PanacheQuery<PatientEntity> found = PatientEntity.find(query + " order by p.familyName, p.givenName, p.id",
                params).page(page.panache());
        return Page.of(found.list(), page, found.count());
    }

    private void apply(PatientEntity patient, PatientDetails details) {
        checkMunicipality(patient, details.municipality());
        if (details.responsibleDepartment() != null && DepartmentEntity.findById(details.responsibleDepartment()) == null) {
            throw ProblemException.invalid("responsiblePhysician.department", "is not a known hospital department");
        }
        patient.givenName = details.givenName().trim();
        patient.familyName = details.familyName().trim();
        patient.municipality = details.municipality();
        patient.phone = details.phone();
        patient.gpName = details.gpName();
        patient.gpHpr = details.gpHpr();
        patient.responsiblePhysicianName = details.responsiblePhysicianName();
        patient.responsiblePhysicianHpr = details.responsiblePhysicianHpr();
        patient.responsibleDepartment = details.responsibleDepartment();
        boolean coordinatorRegisters = user.hasRole(AccessPolicy.COORDINATOR) && details.coordinatorSubject() == null
                && patient.coordinatorSubject == null;
        patient.coordinatorSubject = coordinatorRegisters ? user.subject() : details.coordinatorSubject();
        patient.coordinatorName = coordinatorRegisters ? user.displayName() : details.coordinatorName();
        touch(patient);
    }

    /** The municipality must be an active partner; a coordinator keeps patients within their own. */
    private void checkMunicipality(PatientEntity patient, String municipality) {
        Municipality target = Municipality.findById(municipality);
        if (target == null || !target.active) {
            throw ProblemException.invalid("municipality", "is not an active partner municipality");
        }
        Actor actor = access.actor();
        if (actor.actsOnlyAsCoordinator() && !Objects.equals(actor.municipality().orElse(null), municipality)) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    "Coordinators register and keep patients only in their own municipality");
        }
    }

    private NationalIdentityNumber checkedNationalId(String value) {
        NationalIdentityNumber.problemWith(value).ifPresent(problem -> {
            throw ProblemException.invalid("nationalId", problem);
        });
        NationalIdentityNumber number = new NationalIdentityNumber(value);
        if (number.isSynthetic() && !config.acceptSyntheticNationalIds()) {
            throw ProblemException.invalid("nationalId", "is a synthetic test number, not accepted here");
        }
        if (number.birthDate().isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalid("nationalId", "holds a birth date in the future");
        }
        return number;
    }

    private void touch(PatientEntity patient) {
        patient.updatedAt = clock.instant();
        patient.updatedBy = user.subject();
    }
}

package no.mila.dho.patient.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import java.util.function.UnaryOperator;
import no.mila.dho.audit.AuditContext;
import no.mila.dho.patient.domain.AccessPolicy;
import no.mila.dho.patient.domain.NationalIdentityNumber;
import no.mila.dho.patient.persistence.PatientEntity;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;
import no.mila.dho.shared.security.CurrentUser;

/** Registers patients, keeps their registration up to date and links their login. */
@ApplicationScoped
public class PatientService {

    private final PatientAccess access;
    private final AuditContext audit;
    private final CurrentUser user;
    private final RegistrationChecks checks;
    private final Clock clock;
    private final PhysicianTrail trail;

    public PatientService(PatientAccess access, AuditContext audit, CurrentUser user, RegistrationChecks checks,
                          Clock clock, PhysicianTrail trail) {
        this.access = access;
        this.audit = audit;
        this.user = user;
        this.checks = checks;
        this.clock = clock;
        this.trail = trail;
    }

    @Transactional
    public PatientOverview register(PatientDetails details) {
        NationalIdentityNumber nationalId = checks.checkedNationalId(details.nationalId());
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
        return stored(patient);
    }

    /**
     * Changes the registration of a patient the caller may see, if it is still at {@code expectedVersion}:
     * {@code change} gets the stored registration and gives the new one (a full replacement ignores it, a
     * merge patch applies itself to it). The new registration passes the same checks as a registration.
     */
    @Transactional
    public PatientOverview update(UUID patientId, long expectedVersion, UnaryOperator<PatientDetails> change) {
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
        return stored(patient);
    }

    /** Links (or, with null, unlinks) the Keycloak login of the patient (admin). */
    @Transactional
    public void linkLogin(UUID patientId, String subject) {
        PatientEntity patient = access.requireExisting(patientId);
        if (subject != null) {
            PatientEntity.byLoginSubject(subject).filter(other -> !other.id.equals(patientId)).ifPresent(other -> {
                throw new ProblemException(ProblemType.CONFLICT, "This login is already linked to another patient");
            });
        }
        patient.loginSubject = subject;
        touch(patient);
    }

    private void apply(PatientEntity patient, PatientDetails details) {
        checks.checkPlaces(details.municipality(), details.responsibleDepartment());
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

    /** The patient as now stored (flushed, so that the version is the one to send with the next change). */
    private static PatientOverview stored(PatientEntity patient) {
        patient.flush();
        return PatientOverview.of(patient);
    }

    private void touch(PatientEntity patient) {
        patient.updatedAt = clock.instant();
        patient.updatedBy = user.subject();
    }
}

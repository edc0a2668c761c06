package no.mila.dho.patient.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import no.mila.dho.municipality.application.MunicipalityService;
import no.mila.dho.patient.domain.Actor;
import no.mila.dho.patient.domain.NationalIdentityNumber;
import no.mila.dho.patient.persistence.DepartmentEntity;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;

/** The checks a registration passes beyond bean validation, on registration and on every change of it. */
@ApplicationScoped
class RegistrationChecks {

    private final PatientAccess access;
    private final PatientConfig config;
    private final Clock clock;
    private final MunicipalityService municipalities;

    RegistrationChecks(PatientAccess access, PatientConfig config, Clock clock, MunicipalityService municipalities) {
        this.access = access;
        this.config = config;
        this.clock = clock;
        this.municipalities = municipalities;
    }

    /** A valid national identity number: synthetic ones only where configured, never a birth in the future. */
    NationalIdentityNumber checkedNationalId(String value) {
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

    /**
     * The municipality must be an active partner, and a coordinator keeps patients within their own; the
     * responsible department, if given, must be a known hospital department.
     */
    void checkPlaces(String municipality, String responsibleDepartment) {
        if (!municipalities.isActivePartner(municipality)) {
            throw ProblemException.invalid("municipality", "is not an active partner municipality");
        }
        Actor actor = access.actor();
        if (actor.actsOnlyAsCoordinator() && !Objects.equals(actor.municipality().orElse(null), municipality)) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    "Coordinators register and keep patients only in their own municipality");
        }
        if (responsibleDepartment != null && DepartmentEntity.findById(responsibleDepartment) == null) {
            throw ProblemException.invalid("responsiblePhysician.department", "is not a known hospital department");
        }
    }
}

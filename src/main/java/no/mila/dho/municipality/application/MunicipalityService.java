package no.mila.dho.municipality.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import no.mila.dho.municipality.domain.Municipality;
import no.mila.dho.municipality.persistence.MunicipalityEntity;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;
import org.jboss.logging.Logger;

/**
 * The municipalities of the collaboration: lists them, tells whether one is an active partner (for the patient
 * feature), adds those that join and deactivates those that leave.
 */
@ApplicationScoped
public class MunicipalityService {

    private static final Logger LOG = Logger.getLogger(MunicipalityService.class);

    /** All municipalities, by name. */
    public List<Municipality> all() {
        return MunicipalityEntity.listByName().stream().map(MunicipalityEntity::toDomain).toList();
    }

    /** One municipality by its number; else 404. */
    public Municipality get(String number) {
        return required(number).toDomain();
    }

    /** Whether patients may be registered in this municipality: it is known and still an active partner. */
    public boolean isActivePartner(String number) {
        MunicipalityEntity municipality = MunicipalityEntity.findById(number);
        return municipality != null && municipality.active;
    }

    @Transactional
    public Municipality add(String number, String name, LocalDate partnerSince, String actor) {
        if (MunicipalityEntity.findById(number) != null) {
            throw new ProblemException(ProblemType.CONFLICT, "Municipality " + number + " is already registered");
        }
        if (MunicipalityEntity.nameTaken(name)) {
            throw new ProblemException(ProblemType.CONFLICT, "A municipality named " + name + " is already registered");
        }
        MunicipalityEntity municipality = new MunicipalityEntity();
        municipality.number = number;
        municipality.name = name;
        municipality.partnerSince = partnerSince;
        municipality.active = true;
        municipality.persist();
        LOG.infof("Municipality %s (%s) added as partner from %s by %s", number, name, partnerSince, actor);
        return municipality.toDomain();
    }

    @Transactional
    public Municipality deactivate(String number, LocalDate effectiveFrom, String actor) {
        MunicipalityEntity municipality = required(number);
        if (!municipality.active) {
            throw new ProblemException(ProblemType.CONFLICT, "Municipality " + number + " is already inactive");
        }
        if (effectiveFrom.isBefore(municipality.partnerSince)) {
            throw ProblemException.invalid("effectiveFrom", "must not be before the partner date "
                    + municipality.partnerSince);
        }
        municipality.active = false;
        municipality.deactivatedOn = effectiveFrom;
        LOG.infof("Municipality %s deactivated from %s by %s", number, effectiveFrom, actor);
        return municipality.toDomain();
    }

    private static MunicipalityEntity required(String number) {
        MunicipalityEntity municipality = MunicipalityEntity.findById(number);
        if (municipality == null) {
            throw ProblemException.notFound("Municipality " + number);
        }
        return municipality;
    }
}

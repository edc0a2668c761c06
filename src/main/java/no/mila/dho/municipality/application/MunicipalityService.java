package no.mila.dho.municipality.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import no.mila.dho.municipality.persistence.Municipality;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;
import org.jboss.logging.Logger;

/** Adds municipalities that join the collaboration and deactivates those that leave it. */
@ApplicationScoped
public class MunicipalityService {

    private static final Logger LOG = Logger.getLogger(MunicipalityService.class);

    @Transactional
    public Municipality add(String number, String name, LocalDate partnerSince, String actor) {
        if (Municipality.findById(number) != null) {
            throw new ProblemException(ProblemType.CONFLICT, "Municipality " + number + " is already registered");
        }
        if (Municipality.count("lower(name) = ?1", name.toLowerCase()) > 0) {
            throw new ProblemException(ProblemType.CONFLICT, "A municipality named " + name + " is already registered");
        }
        Municipality municipality = new Municipality();
        municipality.number = number;
        municipality.name = name;
        municipality.partnerSince = partnerSince;
        municipality.active = true;
        municipality.persist();
        LOG.infof("Municipality %s (%s) added as partner from %s by %s", number, name, partnerSince, actor);
        return municipality;
    }

    @Transactional
    public Municipality deactivate(String number, LocalDate effectiveFrom, String actor) {
        Municipality municipality = Municipality.findById(number);
        if (municipality == null) {
            throw ProblemException.notFound("Municipality " + number);
        }
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
        return municipality;
    }
}

package no.mila.dho.economics.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import no.mila.dho.economics.persistence.PopulationChangeEntity;
import no.mila.dho.economics.persistence.PopulationEntity;
import no.mila.dho.municipality.application.MunicipalityService;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.security.CurrentUser;

/**
 * The inhabitants of the municipalities per year (public figures; the long-term model shares its base by them).
 * A PUT enters or changes the municipalities it names and leaves the others; each entry or change is kept.
 */
@ApplicationScoped
public class PopulationService {

    private final CurrentUser user;
    private final Clock clock;
    private final MunicipalityService municipalities;

    PopulationService(CurrentUser user, Clock clock, MunicipalityService municipalities) {
        this.user = user;
        this.clock = clock;
        this.municipalities = municipalities;
    }

    /** Municipality number -> inhabitants, by number. */
    public Map<String, Long> ofYear(int year) {
        Map<String, Long> inhabitants = new TreeMap<>();
        PopulationEntity.ofYear(year).forEach(p -> inhabitants.put(p.key.municipality, (long) p.inhabitants));
        return inhabitants;
    }

    /** @throws ProblemException 400 naming {@code inhabitants.<number>} for an unknown municipality */
    @Transactional
    public Map<String, Long> put(int year, Map<String, Integer> inhabitants, String reason) {
        for (String number : inhabitants.keySet()) {
            if (municipalities.all().stream().noneMatch(m -> m.number().equals(number))) {
                throw ProblemException.invalid("inhabitants." + number, "is not a municipality of the collaboration");
            }
        }
        ChangedBy by = ChangedBy.of(user);
        new TreeMap<>(inhabitants).forEach((number, count) -> {
            PopulationEntity row = PopulationEntity.findById(new PopulationEntity.Key(year, number));
            Integer before = row == null ? null : row.inhabitants;
            if (before != null && before.intValue() == count) {
                return;
            }
            if (row == null) {
                row = new PopulationEntity();
                row.key = new PopulationEntity.Key(year, number);
            }
            row.inhabitants = count;
            row.updatedAt = clock.instant();
            row.updatedBy = by.subject();
            row.persist();
            PopulationChangeEntity change = new PopulationChangeEntity();
            change.by(clock.instant(), by.subject(), by.name(), by.role());
            change.year = year;
            change.municipality = number;
            change.reason = reason;
            change.oldInhabitants = before;
            change.newInhabitants = count;
            change.persist();
        });
        return ofYear(year);
    }
}

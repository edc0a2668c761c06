package no.mila.dho.economics.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import no.mila.dho.economics.domain.YearParameters;
import no.mila.dho.economics.persistence.EconomicsYearEntity;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;

/** The parameters of the operating years (docs/economics.md): the one place the economics read them. */
@ApplicationScoped
public class EconomicsYears {

    public Optional<YearParameters> find(int year) {
        return Optional.ofNullable(EconomicsYearEntity.<EconomicsYearEntity>findById(year))
                .map(EconomicsYearEntity::toDomain);
    }

    /** @throws ProblemException 404 when the year has no parameters (an admin of the economics adds them first) */
    public YearParameters require(int year) {
        return find(year).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                "No price-model parameters for the year " + year));
    }
}

package no.mila.dho.benefit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.mila.dho.benefit.domain.CostEstimate;
import no.mila.dho.benefit.domain.CostParameters;
import no.mila.dho.benefit.persistence.CostYearRows;
import no.mila.dho.patient.application.EpisodeBaselines;
import no.mila.dho.shared.problem.ProblemException;

/**
 * The cost estimate of a year from the real numbers (docs/benefits.md): the patients followed on any day of the
 * year (each once, as the seed's 213), and as the home nursing they would have had without DHO, the average of their
 * baseline home nursing minutes per month (the latest episode's baseline of each patient who has one).
 */
@ApplicationScoped
public class CostEstimates {

    /** The estimate with its basis: how many of the patients have a baseline of home nursing minutes. */
    public record Estimate(int year, Optional<String> municipality, CostParameters parameters, int patientsWithBaseline,
                           CostEstimate estimate) {
    }

    private final FollowedPatients followed;
    private final CostYearRows costs;
    private final MunicipalityScope scope;

    public CostEstimates(FollowedPatients followed, CostYearRows costs, MunicipalityScope scope) {
        this.followed = followed;
        this.costs = costs;
        this.scope = scope;
    }

    @Transactional
    public Estimate of(int year, Optional<String> municipality) {
        Optional<String> of = scope.resolve(municipality);
        CostParameters parameters = costs.of(year).orElseThrow(() -> ProblemException.notFound(
                "The unit costs of " + year));
        Map<UUID, Integer> minutes = latestMinutes(followed.ofYear(year, of));
        Collection<Integer> recorded = minutes.values().stream().filter(java.util.Objects::nonNull).toList();
        long sum = recorded.stream().mapToLong(Integer::longValue).sum();
        return new Estimate(year, of, parameters, recorded.size(),
                CostEstimate.fromBaseline(parameters, minutes.size(), sum, recorded.size()));
    }

    /** Patient to the baseline minutes per month of their latest episode of the year (null: not recorded). */
    private static Map<UUID, Integer> latestMinutes(List<EpisodeBaselines.Followed> episodes) {
        Map<UUID, Integer> minutes = new LinkedHashMap<>();
        episodes.stream().sorted(java.util.Comparator.comparing(EpisodeBaselines.Followed::startDate))
                .forEach(e -> minutes.put(e.patientId(), e.minutesPerMonth()));
        return minutes;
    }
}

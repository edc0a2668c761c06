package no.mila.dho.benefit.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import no.mila.dho.benefit.domain.Baseline;
import no.mila.dho.benefit.domain.Quarter;
import no.mila.dho.patient.application.EpisodeBaselines;
import no.mila.dho.shared.problem.FieldViolation;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;

/**
 * The patients followed up in a quarter, as the benefit reports see them: each patient once, with the months of the
 * quarter in which any of their episodes was followed, and the baseline of their latest episode in it.
 */
@ApplicationScoped
public class FollowedPatients {

    /** One patient of a quarter. */
    public record Patient(UUID patientId, String municipality, String givenName, String familyName,
                          Set<YearMonth> months, Baseline baseline) {
    }

    private final EpisodeBaselines episodes;

    public FollowedPatients(EpisodeBaselines episodes) {
        this.episodes = episodes;
    }

    /** In order of municipality, family name, given name. */
    public List<Patient> of(Quarter quarter, Optional<String> municipality) {
        return group(episodes.followedBetween(quarter.firstDay(), quarter.lastDay(), municipality), quarter);
    }

    /**
     * The patient a coordinator reports: followed in the quarter in the coordinator's municipality. A patient
     * followed there at other times is 422 naming {@code patientId}; any other (another municipality's, unknown)
     * 404, so that a coordinator learns nothing of other municipalities' patients.
     */
    public Patient reported(Quarter quarter, UUID patientId, String municipality) {
        Optional<Patient> patient = of(quarter, Optional.of(municipality)).stream()
                .filter(p -> p.patientId().equals(patientId)).findFirst();
        if (patient.isPresent()) {
            return patient.get();
        }
        if (everFollowed(patientId, municipality)) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "The patient was not followed up in "
                    + quarter.label(), List.of(new FieldViolation("patientId", "not followed up in "
                    + quarter.label())));
        }
        throw ProblemException.notFound("The patient");
    }

    /** Whether the patient was ever followed up (any allocated episode) in the municipality. */
    private boolean everFollowed(UUID patientId, String municipality) {
        return episodes.followedBetween(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 12, 31),
                Optional.of(municipality)).stream().anyMatch(e -> e.patientId().equals(patientId));
    }

    /** The episodes followed on any day of the year (one query), for grouping by quarter with {@link #in}. */
    public List<EpisodeBaselines.Followed> ofYear(int year, Optional<String> municipality) {
        return episodes.followedBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), municipality);
    }

    /** The patients of {@code quarter} among the year's episodes. */
    public static List<Patient> in(List<EpisodeBaselines.Followed> year, Quarter quarter) {
        return group(year, quarter);
    }

    private static List<Patient> group(List<EpisodeBaselines.Followed> episodes, Quarter quarter) {
        Map<UUID, Patient> patients = new LinkedHashMap<>();
        episodes.stream().sorted(Comparator.comparing(EpisodeBaselines.Followed::startDate)).forEach(e -> {
            Set<YearMonth> months = new TreeSet<>(quarter.months().stream().filter(e::followedIn).toList());
            if (months.isEmpty()) {
                return;
            }
            Patient before = patients.get(e.patientId());
            if (before != null) {
                months.addAll(before.months());
            }
            patients.put(e.patientId(), new Patient(e.patientId(), e.municipality(), e.givenName(), e.familyName(),
                    months, new Baseline(e.visitsPerMonth(), e.minutesPerMonth(), e.kadDays12Months(),
                    e.shortTermDays12Months())));
        });
        return patients.values().stream().sorted(Comparator.comparing(Patient::municipality)
                .thenComparing(Patient::familyName).thenComparing(Patient::givenName)
                .thenComparing(Patient::patientId)).toList();
    }
}

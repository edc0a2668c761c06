package no.mila.dho.benefit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.mila.dho.benefit.domain.BenefitAverages;
import no.mila.dho.benefit.domain.Quarter;
import no.mila.dho.benefit.persistence.BenefitReportStore;
import no.mila.dho.municipality.application.MunicipalityService;
import no.mila.dho.municipality.domain.Municipality;
import no.mila.dho.patient.application.EpisodeBaselines;
import no.mila.dho.shared.time.ClockProducer;

/**
 * The follow-up service's overall benefit report of a year (docs/benefits.md): per municipality and quarter begun,
 * the patients followed and reported, and {@link BenefitAverages} of their reported months against their baseline.
 * Numbers only: no patient is named.
 */
@ApplicationScoped
public class BenefitSummary {

    /** One municipality's quarter. */
    public record Row(String municipality, String name, Quarter quarter, int patientsFollowed,
                      BenefitAverages.Result averages) {
    }

    private final FollowedPatients followed;
    private final BenefitReportStore reports;
    private final MunicipalityScope scope;
    private final MunicipalityService municipalities;
    private final Clock clock;

    public BenefitSummary(FollowedPatients followed, BenefitReportStore reports, MunicipalityScope scope,
                          MunicipalityService municipalities, Clock clock) {
        this.followed = followed;
        this.reports = reports;
        this.scope = scope;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    /** Ordered by municipality number and quarter; municipalities without a patient followed in the year are left out. */
    @Transactional
    public List<Row> of(int year, Optional<String> municipality) {
        Optional<String> of = scope.resolve(municipality);
        List<EpisodeBaselines.Followed> episodes = followed.ofYear(year, of);
        Map<String, String> names = municipalities.all().stream()
                .collect(Collectors.toMap(Municipality::number, Municipality::name));
        LocalDate today = ClockProducer.today(clock);
        List<Row> rows = new ArrayList<>();
        for (Quarter quarter : Quarter.ofYear(year)) {
            if (quarter.firstDay().isAfter(today)) {
                continue;
            }
            Map<java.util.UUID, BenefitReportStore.Stored> reported = reports.ofQuarter(quarter, null).stream()
                    .collect(Collectors.toMap(BenefitReportStore.Stored::patientId, Function.identity()));
            Map<String, List<FollowedPatients.Patient>> byMunicipality = FollowedPatients.in(episodes, quarter)
                    .stream().collect(Collectors.groupingBy(FollowedPatients.Patient::municipality, TreeMap::new,
                            Collectors.toList()));
            byMunicipality.forEach((number, patients) -> rows.add(new Row(number, names.getOrDefault(number, number),
                    quarter, patients.size(), BenefitAverages.of(patients.stream()
                    .map(p -> new BenefitAverages.PatientMonths(p.baseline(), Optional.ofNullable(reported.get(
                            p.patientId())).map(BenefitReportStore.Stored::months).orElse(List.of()).stream()
                            .filter(m -> p.months().contains(m.month())).toList()))
                    .toList()))));
        }
        rows.sort(java.util.Comparator.comparing(Row::municipality).thenComparing(r -> r.quarter().number()));
        return rows;
    }
}

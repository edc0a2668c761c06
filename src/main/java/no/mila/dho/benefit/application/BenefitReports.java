package no.mila.dho.benefit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.mila.dho.benefit.domain.MonthFigures;
import no.mila.dho.benefit.domain.Quarter;
import no.mila.dho.benefit.domain.ReportRules;
import no.mila.dho.benefit.domain.ReportStatus;
import no.mila.dho.benefit.domain.Violation;
import no.mila.dho.benefit.persistence.BenefitReportStore;
import no.mila.dho.shared.problem.FieldViolation;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;
import no.mila.dho.shared.security.CurrentUser;
import no.mila.dho.shared.time.ClockProducer;

/**
 * The quarterly benefit reports (docs/benefits.md): the coordinator of the patient's municipality reports, per
 * patient followed in the quarter and month, home nursing minutes and visits, KAD and short-term days; the list of
 * who is still missing. A report is versioned; every change goes to its trail.
 */
@ApplicationScoped
public class BenefitReports {

    /** A patient's report as stored, with what is still missing. */
    public record Report(UUID patientId, Quarter quarter, List<MonthFigures> months, long version,
                         ReportStatus status) {
    }

    /** One patient of the coordinator's list: names, months due and missing, the report's version (if any). */
    public record PatientStatus(UUID patientId, String givenName, String familyName, ReportStatus status,
                                Optional<Long> version) {
    }

    private final FollowedPatients followed;
    private final BenefitReportStore store;
    private final MunicipalityScope scope;
    private final Reminders reminders;
    private final CurrentUser user;
    private final Clock clock;

    public BenefitReports(FollowedPatients followed, BenefitReportStore store, MunicipalityScope scope,
                          Reminders reminders, CurrentUser user, Clock clock) {
        this.followed = followed;
        this.store = store;
        this.scope = scope;
        this.reminders = reminders;
        this.user = user;
        this.clock = clock;
    }

    /**
     * Stores the patient's report of the quarter: creates it ({@code version} absent or 0) or replaces its months
     * (the stored version). Closes the municipality's reminder of the quarter when this completes it.
     */
    @Transactional
    public Report put(Quarter quarter, UUID patientId, List<MonthFigures> months, Long version) {
        String municipality = scope.own();
        FollowedPatients.Patient patient = followed.reported(quarter, patientId, municipality);
        YearMonth current = YearMonth.from(ClockProducer.today(clock));
        List<Violation> violations = ReportRules.check(quarter, months, patient.months(), current);
        if (!violations.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "The request has invalid fields",
                    violations.stream().map(v -> new FieldViolation(v.field(), v.message())).toList());
        }
        List<MonthFigures> sorted = months.stream().sorted(java.util.Comparator.comparing(MonthFigures::month))
                .toList();
        BenefitReportStore.Author by = new BenefitReportStore.Author(user.subject(), user.displayName(),
                user.primaryRole(), clock.instant());
        Optional<BenefitReportStore.Stored> stored = store.of(quarter, patientId);
        long expected = version == null ? 0 : version;
        UUID id;
        long next;
        if (stored.isEmpty()) {
            id = UUID.randomUUID();
            if (expected != 0 || !store.create(id, patientId, municipality, quarter, by)) {
                throw conflict();
            }
            next = 0;
        } else {
            id = stored.get().id();
            if (expected != stored.get().version() || !store.bump(id, expected, municipality, by)) {
                throw conflict();
            }
            next = expected + 1;
        }
        store.replaceMonths(id, next, stored.map(BenefitReportStore.Stored::months).orElse(null), sorted, by);
        if (statuses(quarter, municipality, YearMonth.from(quarter.lastDay())).stream()
                .allMatch(s -> s.status().complete())) {
            reminders.close(municipality, quarter);
        }
        return new Report(patientId, quarter, sorted, next, ReportStatus.of(patient.months(),
                sorted.stream().map(MonthFigures::month).collect(Collectors.toSet()), current));
    }

    /** The quarter's patients of the municipality with what is missing, up to today's month. */
    @Transactional
    public List<PatientStatus> status(Quarter quarter, Optional<String> municipality) {
        return statuses(quarter, municipalityOf(municipality.orElse(null)),
                YearMonth.from(ClockProducer.today(clock)));
    }

    /**
     * The one municipality a list or chart is of: the coordinator's own, else the one asked.
     * @throws ProblemException 400 naming {@code municipality} when none is asked by a non-coordinator; 403 when a
     *                          coordinator asks for another's
     */
    public String municipalityOf(String asked) {
        return scope.resolve(Optional.ofNullable(asked)).orElseThrow(() -> ProblemException.invalid("municipality",
                "is required"));
    }

    List<PatientStatus> statuses(Quarter quarter, String municipality, YearMonth current) {
        Map<UUID, BenefitReportStore.Stored> reports = store.ofQuarter(quarter, null).stream()
                .collect(Collectors.toMap(BenefitReportStore.Stored::patientId, Function.identity()));
        return followed.of(quarter, Optional.of(municipality)).stream().map(p -> {
            Optional<BenefitReportStore.Stored> r = Optional.ofNullable(reports.get(p.patientId()));
            ReportStatus status = ReportStatus.of(p.months(), r.map(s -> s.months().stream()
                    .map(MonthFigures::month).collect(Collectors.toSet())).orElse(java.util.Set.of()), current);
            return new PatientStatus(p.patientId(), p.givenName(), p.familyName(), status,
                    r.map(BenefitReportStore.Stored::version));
        }).toList();
    }

    private static ProblemException conflict() {
        return new ProblemException(ProblemType.CONCURRENT_MODIFICATION,
                "The report was changed in the meantime: read it again and send its version");
    }
}

package no.mila.dho.economics.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.mila.dho.economics.domain.FollowedSpan;
import no.mila.dho.economics.domain.Partnership;
import no.mila.dho.economics.domain.RecipientRule;
import no.mila.dho.municipality.application.MunicipalityService;
import no.mila.dho.municipality.domain.Municipality;
import no.mila.dho.patient.application.EpisodeSpans;

/**
 * The recipients per municipality and month (docs/economics.md, "Who counts as a recipient"), counted from the
 * allocated pathway episodes by the configured {@link RecipientRule}, beside the targets in force: the port
 * {@link RecipientsAndTargets} the price models read, the report of {@code /api/economics/recipients} and the
 * patients behind a count. Callers narrow to what the caller may see ({@link EconomicsAccess}).
 */
@ApplicationScoped
public class RecipientCounts implements RecipientsAndTargets {

    private final EpisodeSpans episodes;
    private final MunicipalityService municipalities;
    private final TargetBook targets;
    private final RecipientRule rule;

    public RecipientCounts(EpisodeSpans episodes, MunicipalityService municipalities, TargetBook targets,
                           RecipientConfig config) {
        this.episodes = episodes;
        this.municipalities = municipalities;
        this.targets = targets;
        this.rule = config.rule();
    }

    public RecipientRule rule() {
        return rule;
    }

    /** One municipality's year: its 12 months. */
    public record MunicipalityYear(String municipality, String name, List<MonthFigures> months) {
        public int recipientMonths() {
            return months.stream().mapToInt(MonthFigures::recipients).sum();
        }
    }

    /** One month of a municipality: partner that month or not, the patients counted and the target. */
    public record MonthFigures(YearMonth month, boolean partner, Set<UUID> patients, Optional<Integer> target) {
        public int recipients() {
            return patients.size();
        }
    }

    /** A patient behind a count: followed from the first day of their counted episodes to the last (empty: open). */
    public record CountedPatient(UUID patientId, String name, String pathway, LocalDate followedFrom,
                                 Optional<LocalDate> followedTo) {
    }

    @Override
    public List<MunicipalityMonth> ofYear(int year) {
        List<MunicipalityMonth> rows = new ArrayList<>();
        for (MunicipalityYear m : year(year, Optional.empty())) {
            m.months().forEach(f -> rows.add(new MunicipalityMonth(m.municipality(), f.month(), f.recipients(),
                    f.target())));
        }
        return rows;
    }

    /**
     * The partner municipalities of the year (a partner on any day of it), or the one asked for (404 if unknown),
     * by number, each with its 12 months.
     */
    @Transactional
    public List<MunicipalityYear> year(int year, Optional<String> municipality) {
        List<Municipality> chosen = municipality.map(n -> List.of(municipalities.get(n))).orElseGet(() ->
                municipalities.all().stream().filter(m -> partnership(m).partnerIn(year)).toList());
        YearMonth first = YearMonth.of(year, 1);
        YearMonth last = YearMonth.of(year, 12);
        Map<String, Map<YearMonth, Set<String>>> counted = rule.recipients(spans(first, last, municipality), first,
                last);
        Map<String, Map<Integer, Integer>> targetsOf = targets.ofYear(year, municipality);
        return chosen.stream().sorted(Comparator.comparing(Municipality::number)).map(m -> {
            Partnership partnership = partnership(m);
            List<MonthFigures> months = new ArrayList<>();
            for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
                boolean partner = partnership.partnerIn(month);
                Set<UUID> patients = !partner ? Set.of() : counted.getOrDefault(m.number(), Map.of())
                        .getOrDefault(month, Set.of()).stream().map(UUID::fromString).collect(Collectors.toSet());
                Optional<Integer> target = !partner ? Optional.empty()
                        : Optional.ofNullable(targetsOf.getOrDefault(m.number(), Map.of()).get(month.getMonthValue()));
                months.add(new MonthFigures(month, partner, patients, target));
            }
            return new MunicipalityYear(m.number(), m.name(), List.copyOf(months));
        }).toList();
    }

    /** The patients counted for {@code municipality} in {@code month}, by name (404 if the municipality is unknown). */
    @Transactional
    public List<CountedPatient> patients(String municipality, YearMonth month) {
        Municipality m = municipalities.get(municipality);
        if (!partnership(m).partnerIn(month)) {
            return List.of();
        }
        List<EpisodeSpans.Span> spans = episodes.between(month.atDay(1), month.atEndOfMonth(),
                Optional.of(municipality));
        Map<UUID, List<EpisodeSpans.Span>> byPatient = spans.stream().filter(s -> !rule.followedDays(followed(s), month)
                .isEmpty()).collect(Collectors.groupingBy(EpisodeSpans.Span::patientId));
        Set<String> counted = rule.recipients(spans.stream().map(RecipientCounts::followed).toList(), month, month)
                .getOrDefault(municipality, Map.of()).getOrDefault(month, Set.of());
        Map<UUID, String> names = episodes.names(byPatient.keySet());
        return byPatient.entrySet().stream().filter(e -> counted.contains(e.getKey().toString())).map(e -> {
            List<EpisodeSpans.Span> own = e.getValue();
            EpisodeSpans.Span latest = own.stream().max(Comparator.comparing(EpisodeSpans.Span::firstDay)).orElseThrow();
            LocalDate from = own.stream().map(EpisodeSpans.Span::firstDay).min(Comparator.naturalOrder()).orElseThrow();
            Optional<LocalDate> to = own.stream().anyMatch(s -> s.lastDay().isEmpty()) ? Optional.empty()
                    : own.stream().map(s -> s.lastDay().orElseThrow()).max(Comparator.naturalOrder());
            return new CountedPatient(e.getKey(), names.getOrDefault(e.getKey(), ""), latest.pathway(), from, to);
        }).sorted(Comparator.comparing(CountedPatient::name).thenComparing(CountedPatient::patientId)).toList();
    }

    private List<FollowedSpan> spans(YearMonth first, YearMonth last, Optional<String> municipality) {
        return episodes.between(first.atDay(1), last.atEndOfMonth(), municipality).stream()
                .map(RecipientCounts::followed).toList();
    }

    private static FollowedSpan followed(EpisodeSpans.Span span) {
        return new FollowedSpan(span.patientId().toString(), span.municipality(), span.firstDay(), span.lastDay(),
                span.pauses().stream().map(p -> new FollowedSpan.Pause(p.from(), p.until())).toList());
    }

    private static Partnership partnership(Municipality m) {
        return new Partnership(m.partnerSince(), Optional.ofNullable(m.deactivatedOn()));
    }
}

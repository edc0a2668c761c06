package no.mila.dho.console.patients;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.mila.dho.measurement.application.MeasurementQueries;
import no.mila.dho.measurement.domain.Limits;
import no.mila.dho.measurement.domain.MeasuredValue;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.measurement.domain.ThresholdSet;
import no.mila.dho.shared.paging.Page;
import no.mila.dho.shared.paging.PageRequest;
import no.mila.dho.threshold.application.ThresholdHistory;
import no.mila.dho.threshold.application.ThresholdVersion;

/**
 * A patient's charts over the last {@code days} days: the values as {@code /api/patients/{id}/measurements} gives them
 * (all pages of the period, up to {@value #MAX_PAGES} pages of 100), and the bands of each version of
 * {@code /api/patients/{id}/threshold-versions} over the time it was in force: from its creation, or from the first
 * value it evaluated if that was measured earlier (a report sent late, or values entered after the allocation), to the
 * next version's start. Each value says which version evaluated it, so a value never sits on another version's bands
 * than the one that gave it its zone.
 * One chart per type measured in the period or limited by the version in force; the caller has checked that the
 * caller sees the patient's clinical data (the history checks it again).
 */
@ApplicationScoped
class PatientCharts {

    static final int MAX_PAGES = 30;

    private final MeasurementQueries measurements;
    private final ThresholdHistory history;
    private final Clock clock;

    PatientCharts(MeasurementQueries measurements, ThresholdHistory history, Clock clock) {
        this.measurements = measurements;
        this.history = history;
        this.clock = clock;
    }

    /** The days a chart may cover ({@code ?dager=}); any other value is 30. */
    static int days(String dager) {
        return switch (dager == null ? "" : dager.strip()) {
            case "7" -> 7;
            case "90" -> 90;
            default -> 30;
        };
    }

    List<Chart> of(UUID patientId, int days) {
        Instant to = clock.instant();
        Instant from = to.minus(Duration.ofDays(days));
        List<MeasuredValue> values = values(patientId, from, to);
        List<ThresholdVersion> versions = history.of(patientId);
        Set<MeasurementType> types = EnumSet.noneOf(MeasurementType.class);
        values.forEach(v -> types.add(v.type()));
        versions.stream().filter(v -> "IN_FORCE".equals(v.set().status())).findFirst()
                .ifPresent(v -> v.set().thresholds().limits().forEach((type, limits) -> {
                    if (!Limits.NONE.equals(limits)) {
                        types.add(type);
                    }
                }));
        List<Chart> charts = new ArrayList<>();
        for (MeasurementType type : types) {
            List<ChartGeometry.Value> ofType = values.stream().filter(v -> v.type() == type)
                    .map(v -> new ChartGeometry.Value(v.measuredAt(), v.value(), v.zone(), v.invalid(),
                            v.invalidReason())).toList();
            List<ChartGeometry.Version> bands = versions.stream().map(v -> new ChartGeometry.Version(
                    v.set().versionNo(), start(v, values), limitsOf(v.set().thresholds(), type))).toList();
            charts.add(ChartGeometry.draw(type, from, to, ofType, bands));
        }
        return charts;
    }

    private List<MeasuredValue> values(UUID patientId, Instant from, Instant to) {
        List<MeasuredValue> all = new ArrayList<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            Page<MeasuredValue> found = measurements.history(patientId, null, from.atOffset(ZoneOffset.UTC),
                    to.atOffset(ZoneOffset.UTC), new PageRequest(page, PageRequest.MAX_SIZE));
            all.addAll(found.items());
            if (page + 1 >= found.totalPages()) {
                break;
            }
        }
        return all;
    }

    /** When the version began to evaluate values: its creation, or the earliest value it evaluated. */
    private static Instant start(ThresholdVersion version, List<MeasuredValue> values) {
        return values.stream().filter(v -> version.set().id().equals(v.thresholdSetId()))
                .map(MeasuredValue::measuredAt).filter(at -> at.isBefore(version.set().createdAt()))
                .min(Instant::compareTo).orElse(version.set().createdAt());
    }

    private static Limits limitsOf(ThresholdSet set, MeasurementType type) {
        return set == null ? Limits.NONE : set.limitsOf(type);
    }
}

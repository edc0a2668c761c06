package no.mila.dho.threshold.application;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.measurement.domain.ThresholdSet;
import no.mila.dho.threshold.domain.ThresholdRules;
import no.mila.dho.threshold.persistence.LimitColumns;
import no.mila.dho.threshold.persistence.PathwayMeasurements;
import no.mila.dho.threshold.persistence.ThresholdLimitEntity;
import no.mila.dho.threshold.persistence.ThresholdSetEntity;
import org.jboss.logging.Logger;

/**
 * At start-up, names every threshold version in force that breaks {@link ThresholdRules#versionProblems} (stored
 * before the rule, migration V7): one ERROR line each (set id, pathway, version and the problems; no patient
 * data) and the gauge {@code dho_thresholds_incomplete_sets}. Such a set is still used: its values without a red
 * limit are answered as not evaluable (yellow), never green; a verified change request replaces it.
 */
@ApplicationScoped
public class IncompleteThresholdsReport {

    private static final Logger LOG = Logger.getLogger(IncompleteThresholdsReport.class);

    private final PathwayMeasurements measured;
    private final AtomicInteger incomplete;

    public IncompleteThresholdsReport(PathwayMeasurements measured, MeterRegistry registry) {
        this.measured = measured;
        this.incomplete = registry.gauge("dho.thresholds.incomplete.sets", new AtomicInteger());
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        check();
    }

    /** Checks every version in force again; returns how many break the rule. */
    @Transactional
    public int check() {
        int broken = 0;
        List<ThresholdSetEntity> inForce = ThresholdSetEntity.list("status", ThresholdSetEntity.IN_FORCE);
        Map<UUID, List<ThresholdLimitEntity>> limits = ThresholdLimitEntity.<ThresholdLimitEntity>list(
                "setId in (select s.id from ThresholdSetEntity s where s.status = ?1)", ThresholdSetEntity.IN_FORCE)
                .stream().collect(Collectors.groupingBy(l -> l.setId));
        Map<String, Set<MeasurementType>> measuredByPathway = new HashMap<>();
        for (ThresholdSetEntity set : inForce) {
            ThresholdSet version = LimitColumns.thresholdSet(limits.getOrDefault(set.id, List.of()), set.weightTrend,
                    set.notMeasured);
            List<ThresholdRules.Violation> problems = ThresholdRules.versionProblems(
                    measuredByPathway.computeIfAbsent(set.pathway, measured::of), version);
            if (!problems.isEmpty()) {
                broken++;
                LOG.errorf("Threshold set %s (%s, pathway %s, version %d) lacks what the rule requires: %s. Values "
                        + "without a red limit are answered as not evaluable (yellow) until a verified change replaces it",
                        set.id, set.patientId == null ? "default" : "patient version", set.pathway, set.versionNo,
                        problems.stream().map(p -> p.field() + " " + p.message()).toList());
            }
        }
        incomplete.set(broken);
        return broken;
    }
}

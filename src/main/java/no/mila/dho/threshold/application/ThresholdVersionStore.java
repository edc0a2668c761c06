package no.mila.dho.threshold.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.UUID;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.measurement.domain.ThresholdSet;
import no.mila.dho.shared.problem.FieldViolation;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;
import no.mila.dho.threshold.domain.ThresholdRules;
import no.mila.dho.threshold.persistence.PathwayMeasurements;
import no.mila.dho.threshold.persistence.ThresholdLimitEntity;
import no.mila.dho.threshold.persistence.ThresholdSetEntity;
import no.mila.dho.threshold.persistence.WeightTrendColumns;
import org.jboss.logging.Logger;

/**
 * Where every threshold version is stored, after the one rule for versions ({@link ThresholdRules#versionProblems}):
 * no path (defaults, copies at allocation, verified changes, demo data) stores one without red limits.
 */
@ApplicationScoped
public class ThresholdVersionStore {

    private static final Logger LOG = Logger.getLogger(ThresholdVersionStore.class);

    private final Clock clock;
    private final PathwayMeasurements measured;

    public ThresholdVersionStore(Clock clock, PathwayMeasurements measured) {
        this.clock = clock;
        this.measured = measured;
    }

    /** A new version in force, not yet stored. */
    ThresholdSetEntity newVersion(String pathway, UUID patientId, int versionNo, String actor) {
        ThresholdSetEntity set = new ThresholdSetEntity();
        set.id = UUID.randomUUID();
        set.pathway = pathway;
        set.patientId = patientId;
        set.versionNo = versionNo;
        set.status = ThresholdSetEntity.IN_FORCE;
        set.createdAt = clock.instant();
        set.createdBy = actor;
        return set;
    }

    /**
     * The problems of a version for {@code pathway} ({@link ThresholdRules#versionProblems}), as the fields of a
     * request; empty when it may be stored.
     */
    public List<FieldViolation> problems(String pathway, ThresholdSet set) {
        return ThresholdRules.versionProblems(measured.of(pathway), set).stream()
                .map(v -> new FieldViolation(v.field(), v.message())).toList();
    }

    /** 400 naming each problem unless the version may be stored. */
    public void requireUsable(String pathway, ThresholdSet set, String detail) {
        requireUsable(pathway, set, ProblemType.VALIDATION_FAILED, detail);
    }

    void requireUsable(String pathway, ThresholdSet set, ProblemType type, String detail) {
        List<FieldViolation> problems = problems(pathway, set);
        if (!problems.isEmpty()) {
            throw new ProblemException(type, detail, problems);
        }
    }

    /** Stores {@code version} with {@code limits}, or refuses with {@code refusal} naming each problem. */
    ThresholdSetEntity store(ThresholdSetEntity version, ThresholdSet limits, ProblemType refusal, String detail) {
        requireUsable(version.pathway, limits, refusal, detail);
        version.weightTrend = WeightTrendColumns.of(limits.weightTrend());
        version.notMeasured = new EnumMap<>(MeasurementType.class);
        version.notMeasured.putAll(limits.notMeasured());
        version.persist();
        limits.limits().forEach((type, l) -> ThresholdLimitEntity.of(version.id, type, l).persist());
        limits.notMeasured().forEach((type, reason) -> LOG.infof("Threshold version %s (pathway %s, version %d) by %s: "
                + "%s stated as no longer measured", version.id, version.pathway, version.versionNo, version.createdBy, type));
        return version;
    }
}

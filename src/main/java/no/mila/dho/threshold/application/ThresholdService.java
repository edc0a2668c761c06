package no.mila.dho.threshold.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.threshold.domain.ThresholdRules;
import no.mila.dho.measurement.domain.ThresholdSet;
import no.mila.dho.threshold.persistence.PathwayMeasurements;
import no.mila.dho.threshold.persistence.ThresholdLimitEntity;
import no.mila.dho.threshold.persistence.ThresholdSetEntity;
import no.mila.dho.threshold.persistence.WeightTrendColumns;
import no.mila.dho.patient.application.PatientAllocated;
import no.mila.dho.shared.problem.FieldViolation;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;
import no.mila.dho.shared.review.ClinicalReview;
import org.jboss.logging.Logger;

/**
 * The pathway default thresholds (data an admin reviews and changes) and the patient's copy made at
 * allocation. Changes to a patient's own thresholds go through the governance of the thresholds issue.
 */
@ApplicationScoped
public class ThresholdService {

    private static final Logger LOG = Logger.getLogger(ThresholdService.class);

    private final Clock clock;
    private final PathwayMeasurements measured;

    public ThresholdService(Clock clock, PathwayMeasurements measured) {
        this.clock = clock;
        this.measured = measured;
    }

    /** At allocation the pathway's default set becomes the patient's first version (or next, after an earlier episode). */
    void onAllocated(@Observes PatientAllocated event) {
        copyDefault(event.patientId(), event.pathway(), event.actorSubject());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ThresholdSetEntity copyDefault(UUID patientId, String pathway, String actor) {
        ThresholdSetEntity source = ThresholdSetEntity.defaultInForce(pathway).orElseThrow(() -> new ProblemException(
                ProblemType.UNPROCESSABLE, "Pathway " + pathway + " has no default thresholds; an admin must add them"));
        Optional<ThresholdSetEntity> previous = ThresholdSetEntity.patientInForce(patientId);
        previous.ifPresent(p -> {
            p.status = ThresholdSetEntity.SUPERSEDED;
            p.flush();
        });
        ThresholdSetEntity copy = newVersion(pathway, patientId, previous.map(p -> p.versionNo + 1).orElse(1), actor);
        copy.sourceSetId = source.id;
        copy.review.provisional = source.review.provisional;
        return store(copy, source.toDomain(), ProblemType.UNPROCESSABLE, "The default thresholds of pathway " + pathway
                + " lack red limits; an admin must correct them before patients are allocated");
    }

    /**
     * Puts a new version of the patient's thresholds in force (after a verified change request): the version in
     * force is superseded, never edited. {@code expectedInForce} must still be the version in force, else 409.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ThresholdSetEntity putInForce(UUID patientId, UUID expectedInForce, ThresholdSet limits,
                                         UUID changeRequestId, String actor) {
        ThresholdSetEntity current = ThresholdSetEntity.patientInForce(patientId)
                .orElseThrow(() -> ProblemException.notFound("Thresholds of patient " + patientId));
        if (!current.id.equals(expectedInForce)) {
            throw new ProblemException(ProblemType.CONFLICT, "The thresholds in force changed (now version "
                    + current.versionNo + ") since this change was proposed; reject it and propose again");
        }
        current.status = ThresholdSetEntity.SUPERSEDED;
        current.flush();
        ThresholdSetEntity next = newVersion(current.pathway, patientId, current.versionNo + 1, actor);
        next.changeRequestId = changeRequestId;
        next.review = ClinicalReview.notNeeded();
        store(next, limits, ProblemType.VALIDATION_FAILED, "The proposed thresholds are not usable");
        next.flush();
        return next;
    }

    public Optional<ThresholdSetEntity> inForce(UUID patientId) {
        return ThresholdSetEntity.patientInForce(patientId);
    }

    public List<ThresholdSetEntity> defaults() {
        return ThresholdSetEntity.list("patientId is null and status = ?1 order by pathway", ThresholdSetEntity.IN_FORCE);
    }

    /** A new version of a pathway's defaults; provisional again until the clinical lead's review is recorded. */
    @Transactional
    public ThresholdSetEntity replaceDefault(String pathway, ThresholdSet limits, String actor) {
        requireUsable(pathway, limits, ProblemType.VALIDATION_FAILED, "The limits are not usable");
        ThresholdSetEntity current = ThresholdSetEntity.defaultInForce(pathway)
                .orElseThrow(() -> ProblemException.notFound("Default thresholds of pathway " + pathway));
        current.status = ThresholdSetEntity.SUPERSEDED;
        current.flush();
        ThresholdSetEntity next = newVersion(pathway, null, current.versionNo + 1, actor);
        next.review = ClinicalReview.pending();
        return store(next, limits, ProblemType.VALIDATION_FAILED, "The limits are not usable");
    }

    /** Records the clinical lead's review of a pathway's defaults (and of the patient copies of that version). */
    @Transactional
    public ThresholdSetEntity recordReview(String pathway, String reviewer, LocalDate reviewedOn, String note) {
        ThresholdSetEntity current = ThresholdSetEntity.defaultInForce(pathway)
                .orElseThrow(() -> ProblemException.notFound("Default thresholds of pathway " + pathway));
        current.review.record(reviewer, reviewedOn, note);
        ThresholdSetEntity.update("review.provisional = false where sourceSetId = ?1", current.id);
        return current;
    }

    private ThresholdSetEntity newVersion(String pathway, UUID patientId, int versionNo, String actor) {
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

    private void requireUsable(String pathway, ThresholdSet set, ProblemType type, String detail) {
        List<FieldViolation> problems = problems(pathway, set);
        if (!problems.isEmpty()) {
            throw new ProblemException(type, detail, problems);
        }
    }

    /** Every version is stored here, after the one rule for versions: no path stores one without red limits. */
    private ThresholdSetEntity store(ThresholdSetEntity version, ThresholdSet limits, ProblemType refusal, String detail) {
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

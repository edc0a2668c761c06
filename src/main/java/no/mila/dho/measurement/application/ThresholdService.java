package no.mila.dho.measurement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.mila.dho.measurement.domain.Limits;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.measurement.domain.ThresholdRules;
import no.mila.dho.measurement.domain.ThresholdSet;
import no.mila.dho.measurement.domain.WeightTrendRule;
import no.mila.dho.measurement.persistence.ThresholdLimitEntity;
import no.mila.dho.measurement.persistence.ThresholdSetEntity;
import no.mila.dho.measurement.persistence.WeightTrendColumns;
import no.mila.dho.patient.application.PatientAllocated;
import no.mila.dho.shared.problem.FieldViolation;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;
import no.mila.dho.shared.review.ClinicalReview;

/**
 * The pathway default thresholds (data an admin reviews and changes) and the patient's copy made at
 * allocation. Changes to a patient's own thresholds go through the governance of the thresholds issue.
 */
@ApplicationScoped
public class ThresholdService {

    private final Clock clock;

    public ThresholdService(Clock clock) {
        this.clock = clock;
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
        copy.weightTrend = WeightTrendColumns.of(source.trendRule());
        copy.persist();
        for (ThresholdLimitEntity limit : source.limits()) {
            persistLimit(copy.id, limit.type, limit.toDomain());
        }
        return copy;
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
        next.weightTrend = WeightTrendColumns.of(limits.weightTrend());
        next.persist();
        limits.limits().forEach((type, l) -> persistLimit(next.id, type, l));
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
    public ThresholdSetEntity replaceDefault(String pathway, Map<MeasurementType, Limits> limits,
                                             Optional<WeightTrendRule> trend, String actor) {
        List<FieldViolation> problems = new ArrayList<>();
        limits.forEach((type, l) -> ThresholdRules.problems(type, l)
                .forEach(p -> problems.add(new FieldViolation("limits." + type, p))));
        if (!problems.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "The limits are not usable", problems);
        }
        ThresholdSetEntity current = ThresholdSetEntity.defaultInForce(pathway)
                .orElseThrow(() -> ProblemException.notFound("Default thresholds of pathway " + pathway));
        current.status = ThresholdSetEntity.SUPERSEDED;
        current.flush();
        ThresholdSetEntity next = newVersion(pathway, null, current.versionNo + 1, actor);
        next.review = ClinicalReview.pending();
        next.weightTrend = WeightTrendColumns.of(trend);
        next.persist();
        limits.forEach((type, l) -> persistLimit(next.id, type, l));
        return next;
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

    private static void persistLimit(UUID setId, MeasurementType type, Limits limits) {
        ThresholdLimitEntity.of(setId, type, limits).persist();
    }
}

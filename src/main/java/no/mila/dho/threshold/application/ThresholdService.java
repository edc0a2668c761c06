package no.mila.dho.threshold.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import no.mila.dho.measurement.domain.ThresholdSet;
import no.mila.dho.patient.application.PatientAllocated;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;
import no.mila.dho.shared.review.ClinicalReview;
import no.mila.dho.threshold.persistence.ThresholdSetEntity;

/**
 * A patient's thresholds: the copy of the pathway default made at allocation, and the new versions a verified
 * change request puts in force (through the governance of {@link ThresholdChangeService}). A version in force is
 * superseded, never edited. The pathway defaults themselves are {@link DefaultThresholds}.
 */
@ApplicationScoped
public class ThresholdService {

    private final ThresholdVersionStore store;

    public ThresholdService(ThresholdVersionStore store) {
        this.store = store;
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
        ThresholdSetEntity copy = store.newVersion(pathway, patientId, previous.map(p -> p.versionNo + 1).orElse(1), actor);
        copy.sourceSetId = source.id;
        copy.review.provisional = source.review.provisional;
        return store.store(copy, source.toDomain(), ProblemType.UNPROCESSABLE, "The default thresholds of pathway "
                + pathway + " lack red limits; an admin must correct them before patients are allocated");
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
        ThresholdSetEntity next = store.newVersion(current.pathway, patientId, current.versionNo + 1, actor);
        next.changeRequestId = changeRequestId;
        next.review = ClinicalReview.notNeeded();
        store.store(next, limits, ProblemType.VALIDATION_FAILED, "The proposed thresholds are not usable");
        next.flush();
        return next;
    }

    public Optional<ThresholdSetEntity> inForce(UUID patientId) {
        return ThresholdSetEntity.patientInForce(patientId);
    }

    /** The patient's version in force, as the API shows it. */
    public Optional<StoredThresholdSet> inForceVersion(UUID patientId) {
        return inForce(patientId).map(StoredThresholdSet::of);
    }
}

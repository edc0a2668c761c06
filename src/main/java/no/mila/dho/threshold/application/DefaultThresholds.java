package no.mila.dho.threshold.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import no.mila.dho.measurement.domain.ThresholdSet;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;
import no.mila.dho.shared.review.ClinicalReview;
import no.mila.dho.threshold.persistence.ThresholdSetEntity;

/**
 * The pathway default thresholds: data an admin replaces (a new version each time, provisional until the
 * clinical lead's review is recorded). Patients' copies made at allocation are not changed by a new default.
 */
@ApplicationScoped
public class DefaultThresholds {

    private final ThresholdVersionStore store;

    public DefaultThresholds(ThresholdVersionStore store) {
        this.store = store;
    }

    /** The default set in force of each pathway, by pathway. */
    public List<StoredThresholdSet> inForce() {
        return ThresholdSetEntity.<ThresholdSetEntity>list("patientId is null and status = ?1 order by pathway",
                ThresholdSetEntity.IN_FORCE).stream().map(StoredThresholdSet::of).toList();
    }

    /** A new version of a pathway's defaults; provisional again until the clinical lead's review is recorded. */
    @Transactional
    public StoredThresholdSet replace(String pathway, ThresholdSet limits, String actor) {
        store.requireUsable(pathway, limits, "The limits are not usable");
        ThresholdSetEntity current = ThresholdSetEntity.defaultInForce(pathway)
                .orElseThrow(() -> ProblemException.notFound("Default thresholds of pathway " + pathway));
        current.status = ThresholdSetEntity.SUPERSEDED;
        current.flush();
        ThresholdSetEntity next = store.newVersion(pathway, null, current.versionNo + 1, actor);
        next.review = ClinicalReview.pending();
        return StoredThresholdSet.of(store.store(next, limits, ProblemType.VALIDATION_FAILED, "The limits are not usable"));
    }

    /** Records the clinical lead's review of a pathway's defaults (and of the patient copies of that version). */
    @Transactional
    public StoredThresholdSet recordReview(String pathway, String reviewer, LocalDate reviewedOn, String note) {
        ThresholdSetEntity current = ThresholdSetEntity.defaultInForce(pathway)
                .orElseThrow(() -> ProblemException.notFound("Default thresholds of pathway " + pathway));
        current.review.record(reviewer, reviewedOn, note);
        ThresholdSetEntity.update("review.provisional = false where sourceSetId = ?1", current.id);
        return StoredThresholdSet.of(current);
    }
}

package no.mila.dho.threshold.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.mila.dho.measurement.domain.ThresholdSet;
import no.mila.dho.patient.application.PatientAccess;
import no.mila.dho.patient.application.PatientBrief;
import no.mila.dho.threshold.domain.ThresholdDiff;
import no.mila.dho.threshold.persistence.ThresholdChangeRequestEntity;
import no.mila.dho.threshold.persistence.ThresholdSetEntity;

/** The history of a patient's threshold versions: each with its origin, its trail and what it changed. */
@ApplicationScoped
public class ThresholdHistory {

    private final PatientAccess access;
    private final ChangeRequestDetailsLoader details;

    public ThresholdHistory(PatientAccess access, ChangeRequestDetailsLoader details) {
        this.access = access;
        this.details = details;
    }

    /** Every version of the patient's thresholds, newest first, with its origin, trail and changes. */
    public List<ThresholdVersion> of(UUID patientId) {
        PatientBrief patient = access.requireClinicalBrief(patientId);
        List<ThresholdSetEntity> versions = ThresholdSetEntity.versionsOf(patientId);
        List<ThresholdChangeRequestEntity> requests = ThresholdChangeRequestEntity.list("patientId", patientId);
        Map<UUID, ChangeRequestDetails> byRequest = details.load(requests, Map.of(patient.id(), patient.name())).stream()
                .collect(Collectors.toMap(d -> d.request().id(), Function.identity()));
        List<ThresholdVersion> history = new ArrayList<>();
        ThresholdSet previous = null;
        for (ThresholdSetEntity version : versions) {
            StoredThresholdSet set = StoredThresholdSet.of(version);
            ThresholdSet thresholds = set.thresholds();
            List<ThresholdDiff.Change> changes = previous == null ? List.of() : ThresholdDiff.between(previous, thresholds);
            Integer defaultVersion = version.sourceSetId == null ? null
                    : ThresholdSetEntity.<ThresholdSetEntity>findByIdOptional(version.sourceSetId).map(s -> s.versionNo)
                    .orElse(null);
            history.add(0, new ThresholdVersion(set, changes, defaultVersion,
                    version.changeRequestId == null ? null : byRequest.get(version.changeRequestId)));
            previous = thresholds;
        }
        return history;
    }
}

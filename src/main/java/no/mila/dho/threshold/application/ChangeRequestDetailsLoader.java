package no.mila.dho.threshold.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import no.mila.dho.measurement.domain.ThresholdSet;
import no.mila.dho.threshold.domain.ThresholdDiff;
import no.mila.dho.threshold.persistence.ThresholdChangeRequestEntity;
import no.mila.dho.threshold.persistence.ThresholdChangeStepEntity;
import no.mila.dho.threshold.persistence.ThresholdSetEntity;

/**
 * The details of change requests as every reader shows them: trail (read in one query for all requests), the
 * version proposed against, what the proposal changes from it, and the version it put in force.
 */
@ApplicationScoped
public class ChangeRequestDetailsLoader {

    /** {@code names} gives the patients' names by id; a request of a patient not in it has none. */
    public List<ChangeRequestDetails> load(List<ThresholdChangeRequestEntity> requests, Map<UUID, String> names) {
        Map<UUID, List<ThresholdChangeStepEntity>> trails = ThresholdChangeStepEntity
                .ofRequests(requests.stream().map(r -> r.id).toList()).stream()
                .collect(Collectors.groupingBy(s -> s.requestId));
        List<ChangeRequestDetails> details = new ArrayList<>();
        for (ThresholdChangeRequestEntity request : requests) {
            ThresholdSetEntity base = ThresholdSetEntity.findById(request.baseSetId);
            ThresholdSet proposed = request.proposed();
            Integer resulting = request.resultingSetId == null ? null
                    : ThresholdSetEntity.<ThresholdSetEntity>findByIdOptional(request.resultingSetId)
                    .map(s -> s.versionNo).orElse(null);
            details.add(new ChangeRequestDetails(ChangeRequestDetails.Request.of(request),
                    names.get(request.patientId), proposed, base.versionNo,
                    ThresholdDiff.between(base.toDomain(), proposed),
                    trails.getOrDefault(request.id, List.of()).stream().map(ChangeRequestDetails.Step::of).toList(),
                    resulting));
        }
        return details;
    }
}

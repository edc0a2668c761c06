package no.mila.dho.threshold.application;

import java.util.List;
import no.mila.dho.threshold.domain.ThresholdDiff;
import no.mila.dho.measurement.domain.ThresholdSet;
import no.mila.dho.threshold.persistence.ThresholdChangeRequestEntity;
import no.mila.dho.threshold.persistence.ThresholdChangeStepEntity;

/**
 * A change request with its trail, the proposed limits, the version it was proposed against, what it changes
 * from that version, and the version it put in force (when verified).
 */
public record ChangeRequestDetails(ThresholdChangeRequestEntity request, String patientName, ThresholdSet proposed,
                                   int baseVersion, List<ThresholdDiff.Change> changes,
                                   List<ThresholdChangeStepEntity> trail, Integer resultingVersion) {
}

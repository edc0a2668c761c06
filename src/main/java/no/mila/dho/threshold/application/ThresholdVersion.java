package no.mila.dho.threshold.application;

import java.util.List;
import no.mila.dho.threshold.domain.ThresholdDiff;
import no.mila.dho.measurement.domain.ThresholdSet;
import no.mila.dho.threshold.persistence.ThresholdSetEntity;

/**
 * One version of a patient's thresholds in their history: the limits, the difference from the previous
 * version, and where it came from: a copy of the pathway default (at allocation) or a verified change request
 * with its full trail.
 */
public record ThresholdVersion(ThresholdSetEntity set, ThresholdSet thresholds, List<ThresholdDiff.Change> changes,
                               Integer sourceDefaultVersion, ChangeRequestDetails changeRequest) {
}

package no.mila.dho.threshold.application;

import java.util.List;
import no.mila.dho.threshold.domain.ThresholdDiff;

/**
 * One version of a patient's thresholds in their history: the limits, the difference from the previous
 * version, and where it came from: a copy of the pathway default (at allocation, with the default's version) or a
 * verified change request with its full trail.
 */
public record ThresholdVersion(StoredThresholdSet set, List<ThresholdDiff.Change> changes,
                               Integer sourceDefaultVersion, ChangeRequestDetails changeRequest) {
}

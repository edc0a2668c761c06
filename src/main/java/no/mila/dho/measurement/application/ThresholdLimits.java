package no.mila.dho.measurement.application;

import java.util.Map;
import java.util.UUID;
import no.mila.dho.measurement.domain.Limits;
import no.mila.dho.measurement.domain.MeasurementType;

/**
 * The limits of a threshold set version, for evaluating a report. The threshold feature provides them; a version
 * never changes once created (a change is a new version with a new id), so they may be kept by set id.
 */
public interface ThresholdLimits {

    /** The limits of each measurement type of version {@code setId} (a type without limits is left out). */
    Map<MeasurementType, Limits> of(UUID setId);
}

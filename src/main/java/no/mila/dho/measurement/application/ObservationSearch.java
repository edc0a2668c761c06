package no.mila.dho.measurement.application;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import no.mila.dho.measurement.domain.MeasurementType;

/**
 * A search of one patient's values as Observations: of these types (a blood pressure reading is searched by
 * {@link MeasurementType#SYSTOLIC}, which stands for the pair), measured in [measuredFrom, measuredBefore) and last
 * updated in [updatedFrom, updatedBefore) (each bound may be null: open), oldest or newest first, one page.
 */
public record ObservationSearch(UUID patientId, Set<MeasurementType> types, Instant measuredFrom,
                                Instant measuredBefore, Instant updatedFrom, Instant updatedBefore, boolean oldestFirst,
                                int offset, int count) {

    public ObservationSearch {
        types = Set.copyOf(types);
        if (types.contains(MeasurementType.DIASTOLIC)) {
            throw new IllegalArgumentException("a diastolic pressure is searched as part of its systolic");
        }
    }
}

package no.mila.dho.measurement.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.measurement.domain.Zone;

/**
 * One stored value with what its report says about it, as a standard Observation needs it (the FHIR feature maps
 * it): when it was measured and received, who entered it, the device, the threshold set version it was evaluated
 * against, and, for a systolic pressure, the diastolic of the same report ({@code diastolic}), since both make one
 * blood pressure reading. For a body weight, the weight trend's verdict on the report ({@code weightTrend}), which
 * the value's own zone does not hold.
 */
public record ObservationRecord(UUID patientId, UUID reportId, UUID clientReportId, Instant measuredAt,
                                Instant receivedAt, Entered entered, String deviceType, String deviceSerial,
                                UUID thresholdSetId, Value value, Value diastolic, Trend weightTrend) {

    /** One value with its zone; {@code notEvaluable}: yellow because its limits lack a red limit (no side crossed). */
    public record Value(UUID id, MeasurementType type, BigDecimal value, String unit, Zone zone, boolean notEvaluable,
                        boolean invalid, String invalidReason, String invalidatedBy, Instant invalidatedAt) {
    }

    /** Who entered the report: their name and role, and whether on the patient's behalf (with the nurse's note). */
    public record Entered(String name, String role, boolean onBehalf, String note) {
    }

    /** The weight trend rule's zone for the report and its reason in Norwegian. */
    public record Trend(Zone zone, String reasonNb) {
    }

    /** When the Observation last changed: received, or a value of it marked invalid later. */
    public Instant lastUpdated() {
        Instant last = receivedAt;
        for (Value v : diastolic == null ? new Value[] {value} : new Value[] {value, diastolic}) {
            if (v.invalidatedAt() != null && v.invalidatedAt().isAfter(last)) {
                last = v.invalidatedAt();
            }
        }
        return last;
    }
}

package no.mila.dho.measurement.application;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.measurement.domain.Zone;

/**
 * The answer to a report, in Norwegian for the patient: the zone, why, what to do, and the matching zone of
 * the self-management plan. It is stored with the report and given again, unchanged, for a retried report.
 */
@JsonPropertyOrder({"reportId", "zone", "headline", "reasons", "measureDaily", "emergency", "followUp",
        "selfManagementPlan", "measurements", "symptoms", "measuredAt", "receivedAt", "enteredOnBehalf",
        "provisionalThresholds"})
public record ReportAnswer(UUID reportId, Zone zone, String headline, List<String> reasons, String measureDaily,
                           String emergency, String followUp, Plan selfManagementPlan, List<Value> measurements,
                           List<Answer> symptoms, Instant measuredAt, Instant receivedAt, boolean enteredOnBehalf,
                           boolean provisionalThresholds) {

    /** One measured value with its zone. */
    public record Value(MeasurementType type, BigDecimal value, String unit, Zone zone) {
    }

    /** One symptom answer with its zone. */
    public record Answer(String question, String answer, Zone zone) {
    }

    /** The advice of the patient's self-management plan for this zone (filled by the plan feature). */
    public record Plan(boolean available, String message, List<String> advice) {
    }
}

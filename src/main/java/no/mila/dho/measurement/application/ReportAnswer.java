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
 * It names the threshold set version it was evaluated against ({@code thresholdVersion}), whether that version
 * holds provisional example values ({@code provisionalThresholds}: the pathway defaults before the clinical
 * lead's review, never a version a physician ordered), and whether the symptom questionnaire is still awaiting
 * that review ({@code provisionalQuestionnaire}).
 */
@JsonPropertyOrder({"reportId", "zone", "headline", "reasons", "measureDaily", "emergency", "followUp",
        "selfManagementPlan", "measurements", "symptoms", "measuredAt", "receivedAt", "enteredOnBehalf",
        "thresholdVersion", "provisionalThresholds", "provisionalQuestionnaire"})
public record ReportAnswer(UUID reportId, Zone zone, String headline, List<String> reasons, String measureDaily,
                           String emergency, String followUp, Plan selfManagementPlan, List<Value> measurements,
                           List<Answer> symptoms, Instant measuredAt, Instant receivedAt, boolean enteredOnBehalf,
                           int thresholdVersion, boolean provisionalThresholds, boolean provisionalQuestionnaire) {

    /** What the report was evaluated against: the threshold set version, and what of it is still provisional. */
    public record Basis(int thresholdVersion, boolean provisionalThresholds, boolean provisionalQuestionnaire) {
    }

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

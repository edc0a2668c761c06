package no.mila.dho.measurement.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import no.mila.dho.measurement.domain.Evaluation;
import no.mila.dho.measurement.domain.Evaluator;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.measurement.domain.ReportInput;
import no.mila.dho.measurement.domain.ReportRules;
import no.mila.dho.measurement.domain.SymptomQuestion;
import no.mila.dho.measurement.domain.ThresholdSet;
import no.mila.dho.measurement.domain.WeightTrendRule;
import no.mila.dho.measurement.persistence.RecentWeights;
import no.mila.dho.measurement.persistence.ReportContexts;

/**
 * Evaluates an accepted report against the patient's threshold set version in force (its limits from the threshold
 * feature, cached) and, for a weight, the patient's earlier valid weights within the trend window.
 */
@ApplicationScoped
public class ReportEvaluation {

    private final ThresholdLimits limits;
    private final RecentWeights weights;
    private final ReportMetrics metrics;

    public ReportEvaluation(ThresholdLimits limits, RecentWeights weights, ReportMetrics metrics) {
        this.limits = limits;
        this.weights = weights;
        this.metrics = metrics;
    }

    /** Timed as {@code dho_report_evaluation_seconds} ({@link ReportMetrics}). */
    Evaluation evaluate(ReportContexts.Context context, ReportCommand command, List<SymptomQuestion> questions) {
        return metrics.evaluation(() -> evaluateNow(context, command, questions));
    }

    private Evaluation evaluateNow(ReportContexts.Context context, ReportCommand command,
                                   List<SymptomQuestion> questions) {
        ThresholdSet thresholds = new ThresholdSet(limits.of(context.thresholdSetId()), context.weightTrend());
        return Evaluator.evaluate(new ReportInput(command.measuredAt(), ReportRules.byType(command.values()),
                command.answers(), recentWeights(context, command)), thresholds, questions);
    }

    private List<ReportInput.WeightPoint> recentWeights(ReportContexts.Context context, ReportCommand command) {
        boolean weighed = command.values().stream().anyMatch(v -> v.type() == MeasurementType.BODY_WEIGHT);
        if (!weighed || context.weightTrend().isEmpty()) {
            return List.of();
        }
        Instant from = context.weightTrend().get().windowStart(command.measuredAt(), WeightTrendRule.CALENDAR);
        return weights.between(context.patientId(), from, command.measuredAt());
    }
}

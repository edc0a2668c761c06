package no.mila.dho.measurement.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.mila.dho.measurement.domain.Evaluation;
import no.mila.dho.measurement.domain.Finding;
import no.mila.dho.measurement.domain.PatientMessages;
import no.mila.dho.measurement.domain.ReportRules;
import no.mila.dho.measurement.domain.Zone;

/** Words the answer to an evaluated report, in Norwegian for the patient. */
@ApplicationScoped
public class ReportAnswers {

    private final PlanAdvice planAdvice;

    public ReportAnswers(PlanAdvice planAdvice) {
        this.planAdvice = planAdvice;
    }

    ReportAnswer answer(UUID activePlanId, ReportCommand command, Evaluation evaluation, Instant receivedAt,
                        boolean onBehalf, ReportAnswer.Basis basis) {
        List<ReportAnswer.Value> values = command.values().stream()
                .sorted(java.util.Comparator.comparing(ReportRules.Sent::type))
                .map(sent -> new ReportAnswer.Value(sent.type(), sent.value(), sent.type().unit(),
                        zoneOf(evaluation, sent.type().name()))).toList();
        List<ReportAnswer.Answer> answers = new java.util.TreeMap<>(command.answers()).entrySet().stream()
                .map(a -> new ReportAnswer.Answer(a.getKey(), a.getValue(), zoneOf(evaluation, a.getKey()))).toList();
        Zone zone = evaluation.zone();
        List<String> reasons = evaluation.nonGreen().stream().map(Finding::reasonNb).toList();
        return new ReportAnswer(command.clientReportId(), zone, PatientMessages.headline(zone), reasons,
                zone == Zone.GREEN ? null : PatientMessages.MEASURE_DAILY,
                zone == Zone.RED ? PatientMessages.NOT_AN_EMERGENCY_SERVICE : null, PatientMessages.followUp(receivedAt),
                planAdvice.forZone(activePlanId, zone), values, answers, command.measuredAt(), receivedAt, onBehalf,
                basis.thresholdVersion(), basis.provisionalThresholds(), basis.provisionalQuestionnaire());
    }

    /** The zone of the value or answer named {@code subject} (the weight trend is a finding of its own). */
    static Zone zoneOf(Evaluation evaluation, String subject) {
        return evaluation.findings().stream().filter(f -> f.kind() != Finding.Kind.WEIGHT_TREND
                && f.subject().equals(subject)).map(Finding::zone).findFirst().orElse(Zone.GREEN);
    }
}

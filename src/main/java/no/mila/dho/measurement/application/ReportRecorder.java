package no.mila.dho.measurement.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.mila.dho.measurement.domain.Evaluation;
import no.mila.dho.measurement.domain.Finding;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.measurement.domain.PatientMessages;
import no.mila.dho.measurement.domain.ReportInput;
import no.mila.dho.measurement.domain.ReportRules;
import no.mila.dho.measurement.domain.Zone;
import no.mila.dho.measurement.persistence.AlertEntity;
import no.mila.dho.measurement.persistence.MeasurementEntity;
import no.mila.dho.measurement.persistence.ReportEntity;
import no.mila.dho.measurement.persistence.SymptomAnswerEntity;
import no.mila.dho.measurement.persistence.ThresholdSetEntity;

/** Stores what an evaluated report consists of (values, answers, findings, alert) and words the answer. */
@ApplicationScoped
public class ReportRecorder {

    private final ObjectMapper json;
    private final PlanAdvice planAdvice;

    public ReportRecorder(ObjectMapper json, PlanAdvice planAdvice) {
        this.json = json;
        this.planAdvice = planAdvice;
    }

    Map<MeasurementType, BigDecimal> values(ReportCommand command) {
        Map<MeasurementType, BigDecimal> values = new EnumMap<>(MeasurementType.class);
        command.values().forEach(v -> values.put(v.type(), v.value()));
        return values;
    }

    /** The patient's valid weights in the trend window before this measurement (none when there is no trend rule). */
    List<ReportInput.WeightPoint> recentWeights(UUID patientId, ReportCommand command, ThresholdSetEntity thresholds) {
        boolean weighed = command.values().stream().anyMatch(v -> v.type() == MeasurementType.BODY_WEIGHT);
        if (!weighed || thresholds.weightTrendDays == null) {
            return List.of();
        }
        List<MeasurementEntity> earlier = MeasurementEntity.list(
                "patientId = ?1 and type = ?2 and invalid = false and measuredAt >= ?3 and measuredAt < ?4",
                patientId, MeasurementType.BODY_WEIGHT,
                command.measuredAt().minus(Duration.ofDays(thresholds.weightTrendDays)), command.measuredAt());
        return earlier.stream().map(m -> new ReportInput.WeightPoint(m.measuredAt, m.value)).toList();
    }

    ReportAnswer record(ReportEntity report, Evaluation evaluation, ThresholdSetEntity thresholds,
                        QuestionnaireCatalog.Questionnaire questionnaire, ReportCommand command) {
        report.zone = evaluation.zone();
        report.thresholdSetId = thresholds.id;
        report.findings = write(evaluation.findings());
        List<ReportAnswer.Value> values = command.values().stream().sorted(java.util.Comparator.comparing(ReportRules.Sent::type))
                .map(sent -> persistMeasurement(report, sent, zoneOf(evaluation, sent.type().name()))).toList();
        List<ReportAnswer.Answer> answers = new java.util.TreeMap<>(command.answers()).entrySet().stream()
                .map(a -> persistAnswer(report, a.getKey(), a.getValue(), zoneOf(evaluation, a.getKey()))).toList();
        raiseAlert(report, evaluation);
        Zone zone = evaluation.zone();
        List<String> reasons = evaluation.nonGreen().stream().map(Finding::reasonNb).toList();
        return new ReportAnswer(report.clientReportId, zone, PatientMessages.headline(zone), reasons,
                zone == Zone.GREEN ? null : PatientMessages.MEASURE_DAILY,
                zone == Zone.RED ? PatientMessages.NOT_AN_EMERGENCY_SERVICE : null, PatientMessages.OPENING_HOURS,
                planAdvice.forZone(report.patientId, zone), values, answers, report.measuredAt, report.receivedAt,
                report.onBehalf, thresholds.provisional || questionnaire.provisional());
    }

    private ReportAnswer.Value persistMeasurement(ReportEntity report, ReportRules.Sent sent, Zone zone) {
        MeasurementEntity m = new MeasurementEntity();
        m.id = UUID.randomUUID();
        m.reportId = report.id;
        m.patientId = report.patientId;
        m.type = sent.type();
        m.value = sent.value();
        m.unit = sent.type().unit();
        m.zone = zone;
        m.measuredAt = report.measuredAt;
        m.persist();
        return new ReportAnswer.Value(m.type, m.value, m.unit, zone);
    }

    private ReportAnswer.Answer persistAnswer(ReportEntity report, String question, String option, Zone zone) {
        SymptomAnswerEntity a = new SymptomAnswerEntity();
        a.reportId = report.id;
        a.question = question;
        a.option = option;
        a.zone = zone;
        a.persist();
        return new ReportAnswer.Answer(question, option, zone);
    }

    private void raiseAlert(ReportEntity report, Evaluation evaluation) {
        AlertEntity alert = new AlertEntity();
        alert.id = UUID.randomUUID();
        alert.patientId = report.patientId;
        alert.reportId = report.id;
        alert.zone = evaluation.zone();
        alert.reasons = write(evaluation.nonGreen().stream().map(f -> Map.of("nb", f.reasonNb(), "en", f.reasonEn()))
                .toList());
        alert.status = AlertEntity.OPEN;
        alert.receivedAt = report.receivedAt;
        alert.persist();
    }

    private static Zone zoneOf(Evaluation evaluation, String subject) {
        return evaluation.findings().stream().filter(f -> f.kind() != Finding.Kind.WEIGHT_TREND
                && f.subject().equals(subject)).map(Finding::zone).findFirst().orElse(Zone.GREEN);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write JSON", e);
        }
    }
}

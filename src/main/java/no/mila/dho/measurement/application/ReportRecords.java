package no.mila.dho.measurement.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import no.mila.dho.measurement.domain.Evaluation;
import no.mila.dho.measurement.persistence.ReportContexts;
import no.mila.dho.measurement.persistence.ReportStore;

/**
 * What is stored of an evaluated report: the report row (with the hash of its content, which tells a retry from a
 * reused id, the findings, and the answer as JSON, the bytes every retry gets again), its values and its answers,
 * each with its zone.
 */
@ApplicationScoped
public class ReportRecords {

    private final ReportAnswers answers;
    private final ObjectMapper json;

    public ReportRecords(ReportAnswers answers, ObjectMapper json) {
        this.answers = answers;
        this.json = json;
    }

    /** The rows of one report. */
    record Record(ReportStore.NewReport report, List<ReportStore.StoredValue> values,
                  List<ReportStore.StoredAnswer> answers) {
    }

    Record of(ReportContexts.Context context, ReportCommand command, ReportService.Sender sender, Evaluation evaluation,
              Instant receivedAt, boolean provisionalQuestionnaire) {
        String answer = write(answers.answer(context.activePlanId(), command, evaluation, receivedAt, sender.onBehalf(),
                new ReportAnswer.Basis(context.thresholdVersion(), context.provisionalThresholds(),
                        provisionalQuestionnaire)));
        ReportStore.NewReport report = new ReportStore.NewReport(UUID.randomUUID(), context.patientId(),
                command.clientReportId(), sha256(command.canonical()), command.measuredAt(), receivedAt,
                sender.subject(), sender.name(), sender.role(), sender.onBehalf(), command.note(), command.deviceType(),
                command.deviceSerial(), evaluation.zone().name(), context.thresholdSetId(), write(evaluation.findings()),
                answer);
        List<ReportStore.StoredValue> values = command.values().stream().map(v -> new ReportStore.StoredValue(
                v.type(), v.value(), ReportAnswers.zoneOf(evaluation, v.type().name()).name())).toList();
        List<ReportStore.StoredAnswer> stored = command.answers().entrySet().stream().map(a ->
                new ReportStore.StoredAnswer(a.getKey(), a.getValue(), ReportAnswers.zoneOf(evaluation, a.getKey()).name()))
                .toList();
        return new Record(report, values, stored);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write JSON", e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package no.mila.dho.measurement.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.mila.dho.audit.AuditContext;
import no.mila.dho.measurement.domain.Evaluation;
import no.mila.dho.measurement.domain.Evaluator;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.measurement.domain.ReportInput;
import no.mila.dho.measurement.domain.ReportRules;
import no.mila.dho.measurement.domain.ThresholdSet;
import no.mila.dho.measurement.domain.WeightTrendRule;
import no.mila.dho.measurement.persistence.ReportStore;
import no.mila.dho.shared.problem.FieldViolation;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;

/**
 * Receives a report exactly once, evaluates it against the patient's thresholds in force, and stores the
 * report, its values, answers, evaluation (with the threshold version used), alert and answer in one atomic
 * statement. A retry with the same report id and content gets the first answer again; with other content, 422.
 */
@ApplicationScoped
public class ReportService {

    private final ReportStore store;
    private final ReportAnswers answers;
    private final QuestionnaireCatalog questionnaires;
    private final AuditContext audit;
    private final ObjectMapper json;
    private final Clock clock;

    public ReportService(ReportStore store, ReportAnswers answers, QuestionnaireCatalog questionnaires,
                         AuditContext audit, ObjectMapper json, Clock clock) {
        this.store = store;
        this.answers = answers;
        this.questionnaires = questionnaires;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** Who entered the report: the patient, or a nurse on the patient's behalf. */
    public record Sender(String subject, String name, String role, boolean onBehalf) {
    }

    /** The answer, as stored JSON: the same bytes for the first request and every retry. */
    public record Outcome(String answerJson) {
    }

    /** A report from the patient whose login is {@code subject}. */
    public Outcome submitOwn(String subject, ReportCommand command, Sender sender) {
        try (Connection c = store.connection()) {
            ReportStore.Context context = store.contextByLogin(c, subject).orElseThrow(() ->
                    ProblemException.notFound("A patient record linked to your login"));
            audit.patient(context.patientId());
            return submit(c, context, command, sender);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the report", e);
        }
    }

    /** A report for a patient the caller was already allowed to reach. */
    public Outcome submitFor(UUID patientId, ReportCommand command, Sender sender) {
        try (Connection c = store.connection()) {
            return submit(c, store.contextByPatient(c, patientId).orElseThrow(), command, sender);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the report", e);
        }
    }

    private Outcome submit(Connection c, ReportStore.Context context, ReportCommand command, Sender sender)
            throws SQLException {
        Instant now = clock.instant();
        if (!"ACTIVE_BASELINE".equals(context.episodeState()) && !"ACTIVE".equals(context.episodeState())
                && !"PAUSED".equals(context.episodeState()) || context.thresholdSetId() == null
                || context.episodeStart() == null) {
            throw new ProblemException(ProblemType.NOT_IN_FOLLOW_UP,
                    "The patient is not in follow-up (no allocated pathway): the report was not stored");
        }
        QuestionnaireCatalog.Questionnaire questionnaire = questionnaires.of(context.pathway());
        validate(command, now, context, questionnaire);
        ThresholdSet thresholds = store.thresholds(c, context.thresholdSetId(), context.weightTrend());
        Evaluation evaluation = Evaluator.evaluate(new ReportInput(command.measuredAt(), values(command),
                command.answers(), recentWeights(c, context, command)), thresholds, questionnaires.questionsOf(context.pathway()));
        String answer = write(answers.answer(context.activePlanId(), command, evaluation, now, sender.onBehalf(),
                new ReportAnswer.Basis(context.thresholdVersion(), context.provisionalThresholds(),
                        questionnaire.provisional())));
        String hash = sha256(command.canonical());
        ReportStore.NewReport report = new ReportStore.NewReport(UUID.randomUUID(), context.patientId(),
                command.clientReportId(), hash, command.measuredAt(), now, sender.subject(), sender.name(),
                sender.role(), sender.onBehalf(), command.note(), command.deviceType(), command.deviceSerial(),
                evaluation.zone().name(), context.thresholdSetId(), write(evaluation.findings()), answer,
                write(evaluation.nonGreen().stream().map(f -> Map.of("nb", f.reasonNb(), "en", f.reasonEn())).toList()));
        List<ReportStore.StoredValue> storedValues = command.values().stream().map(v -> new ReportStore.StoredValue(
                v.type(), v.value(), ReportAnswers.zoneOf(evaluation, v.type().name()).name())).toList();
        List<ReportStore.StoredAnswer> storedAnswers = command.answers().entrySet().stream().map(a ->
                new ReportStore.StoredAnswer(a.getKey(), a.getValue(), ReportAnswers.zoneOf(evaluation, a.getKey()).name()))
                .toList();
        if (store.storeOnce(c, report, storedValues, storedAnswers)) {
            return new Outcome(answer);
        }
        ReportStore.Existing existing = store.existing(c, context.patientId(), command.clientReportId()).orElseThrow();
        if (!existing.contentHash().equals(hash)) {
            throw new ProblemException(ProblemType.REPORT_ID_REUSED, "Report " + command.clientReportId()
                    + " was already received with other content; send a new report id for a new report");
        }
        return new Outcome(existing.answer());
    }

    private List<ReportInput.WeightPoint> recentWeights(Connection c, ReportStore.Context context, ReportCommand command)
            throws SQLException {
        boolean weighed = command.values().stream().anyMatch(v -> v.type() == MeasurementType.BODY_WEIGHT);
        if (!weighed || context.weightTrend().isEmpty()) {
            return List.of();
        }
        Instant from = context.weightTrend().get().windowStart(command.measuredAt(), WeightTrendRule.CALENDAR);
        return store.weights(c, context.patientId(), from, command.measuredAt());
    }

    private static Map<MeasurementType, java.math.BigDecimal> values(ReportCommand command) {
        Map<MeasurementType, java.math.BigDecimal> values = new java.util.EnumMap<>(MeasurementType.class);
        command.values().forEach(v -> values.put(v.type(), v.value()));
        return values;
    }

    private static void validate(ReportCommand command, Instant now, ReportStore.Context context,
                                 QuestionnaireCatalog.Questionnaire questionnaire) {
        List<FieldViolation> violations = new ArrayList<>(ReportRules.check(command.measuredAt(), now,
                context.episodeStart(), command.values(), command.answers().size()).stream()
                .map(p -> new FieldViolation(p.field(), p.message())).toList());
        command.answers().forEach((question, option) -> {
            var q = questionnaire.questions().stream().filter(x -> x.code().equals(question)).findFirst();
            if (q.isEmpty()) {
                violations.add(new FieldViolation("symptoms." + question, "is not a question of the patient's questionnaire"));
            } else if (q.get().options().stream().noneMatch(o -> o.code().equals(option))) {
                violations.add(new FieldViolation("symptoms." + question, "must be one of " + q.get().options().stream()
                        .map(QuestionnaireCatalog.Option::code).toList()));
            }
        });
        if (!violations.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "The report has invalid fields; nothing was stored",
                    violations);
        }
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

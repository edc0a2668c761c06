package no.mila.dho.measurement.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import no.mila.dho.measurement.domain.Evaluation;
import no.mila.dho.measurement.domain.Evaluator;
import no.mila.dho.measurement.domain.ReportInput;
import no.mila.dho.measurement.domain.ReportRules;
import no.mila.dho.measurement.persistence.ReportEntity;
import no.mila.dho.measurement.persistence.ThresholdSetEntity;
import no.mila.dho.patient.domain.EpisodeState;
import no.mila.dho.patient.persistence.EpisodeEntity;
import no.mila.dho.patient.persistence.PatientEntity;
import no.mila.dho.shared.problem.FieldViolation;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;

/**
 * Receives a report exactly once, evaluates it against the patient's thresholds in force, stores the report,
 * its values, answers and evaluation (with the threshold version used), raises the alert, and answers.
 * A retry with the same report id and content gets the first answer again; with other content, 422.
 */
@ApplicationScoped
public class ReportService {

    private final EntityManager em;
    private final ReportRecorder recorder;
    private final QuestionnaireCatalog questionnaires;
    private final ObjectMapper json;
    private final Clock clock;

    public ReportService(EntityManager em, ReportRecorder recorder, QuestionnaireCatalog questionnaires,
                         ObjectMapper json, Clock clock) {
        this.em = em;
        this.recorder = recorder;
        this.questionnaires = questionnaires;
        this.json = json;
        this.clock = clock;
    }

    /** Who entered the report: the patient, or a nurse on the patient's behalf. */
    public record Sender(String subject, String name, String role, boolean onBehalf) {
    }

    /** The answer (as stored JSON) and whether this request created the report. */
    public record Outcome(String answerJson, boolean created) {
    }

    @Transactional
    public Outcome submit(PatientEntity patient, ReportCommand command, Sender sender) {
        Instant now = clock.instant();
        EpisodeEntity episode = EpisodeEntity.openOf(patient.id).filter(e -> e.state != EpisodeState.REFERRED
                && e.state != EpisodeState.ASSESSED).orElseThrow(() -> new ProblemException(ProblemType.NOT_IN_FOLLOW_UP,
                "The patient is not in follow-up (no allocated pathway): the report was not stored"));
        QuestionnaireCatalog.Questionnaire questionnaire = questionnaires.of(episode.pathway);
        validate(command, now, questionnaire);
        String hash = sha256(command.canonical());
        UUID id = UUID.randomUUID();
        if (!insertOnce(id, patient.id, command, hash, now, sender)) {
            ReportEntity existing = ReportEntity.byClientId(patient.id, command.clientReportId()).orElseThrow();
            if (!existing.contentHash.equals(hash)) {
                throw new ProblemException(ProblemType.REPORT_ID_REUSED, "Report " + command.clientReportId()
                        + " was already received with other content; send a new report id for a new report");
            }
            return new Outcome(existing.answer, false);
        }
        ThresholdSetEntity thresholds = ThresholdSetEntity.patientInForce(patient.id).orElseThrow(() ->
                new ProblemException(ProblemType.NOT_IN_FOLLOW_UP, "The patient has no thresholds in force"));
        ReportInput input = new ReportInput(command.measuredAt(), recorder.values(command), command.answers(),
                recorder.recentWeights(patient.id, command, thresholds));
        Evaluation evaluation = Evaluator.evaluate(input, thresholds.toDomain(), questionnaire.toDomain());
        ReportEntity report = em.find(ReportEntity.class, id);
        ReportAnswer answer = recorder.record(report, evaluation, thresholds, questionnaire, command);
        report.answer = write(answer);
        return new Outcome(report.answer, true);
    }

    /** Inserts the report row unless the patient already sent this report id; waits for a concurrent twin. */
    private boolean insertOnce(UUID id, UUID patientId, ReportCommand c, String hash, Instant now, Sender sender) {
        return em.createNativeQuery("""
                INSERT INTO report (id, patient_id, client_report_id, content_hash, measured_at, received_at,
                    entered_by_subject, entered_by_name, entered_by_role, on_behalf, on_behalf_note, device_type, device_serial)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
                ON CONFLICT (patient_id, client_report_id) DO NOTHING""")
                .setParameter(1, id).setParameter(2, patientId).setParameter(3, c.clientReportId())
                .setParameter(4, hash).setParameter(5, c.measuredAt()).setParameter(6, now)
                .setParameter(7, sender.subject()).setParameter(8, sender.name()).setParameter(9, sender.role())
                .setParameter(10, sender.onBehalf()).setParameter(11, c.note()).setParameter(12, c.deviceType())
                .setParameter(13, c.deviceSerial())
                .executeUpdate() == 1;
    }

    private static void validate(ReportCommand command, Instant now, QuestionnaireCatalog.Questionnaire questionnaire) {
        List<FieldViolation> violations = new java.util.ArrayList<>(ReportRules.check(command.measuredAt(), now,
                command.values(), command.answers().size()).stream()
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

    private String write(ReportAnswer answer) {
        try {
            return json.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the report answer", e);
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

package no.mila.dho.measurement.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.mila.dho.audit.AuditContext;
import no.mila.dho.audit.StatementAccessLog;
import no.mila.dho.measurement.domain.Evaluation;
import no.mila.dho.measurement.domain.ReportRules;
import no.mila.dho.measurement.domain.SymptomQuestion;
import no.mila.dho.measurement.persistence.ReportContexts;
import no.mila.dho.measurement.persistence.ReportStore;
import no.mila.dho.shared.problem.FieldViolation;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;

/**
 * Receives a report exactly once: accepts it by {@link ReportRules}, evaluates it against the patient's thresholds
 * in force, and stores the report (values, answers, evaluation with the threshold version used, answer), its
 * alert and the request's access-log row in one atomic statement (one commit), or nothing. A retry with the same report id and content gets the stored
 * answer again, byte for byte; with other content, 422. A concurrent duplicate waits on the report's unique key
 * for the first to commit, then stores nothing and gets the first's answer.
 * <p>
 * No transaction of its own: the reads before the store (context, limits, weights, plan advice) change nothing, and
 * the store is one statement (the alert is the alert feature's part of it, {@link AlertRaising}). A second statement
 * for the alert in a JTA transaction cost a quarter of the throughput (bench/README.md). A caller's transaction
 * (the demo data's) is joined: Agroal enlists the connection in it.
 */
@ApplicationScoped
public class ReportService {

    private final ReportContexts contexts;
    private final ReportStore store;
    private final ReportEvaluation evaluation;
    private final ReportRecords records;
    private final QuestionnaireCatalog questionnaires;
    private final AlertRaising alerts;
    private final AuditContext audit;
    private final StatementAccessLog accessLog;
    private final Clock clock;
    private final ReportMetrics metrics;

    public ReportService(ReportContexts contexts, ReportStore store, ReportEvaluation evaluation, ReportRecords records,
                         QuestionnaireCatalog questionnaires, AlertRaising alerts, AuditContext audit,
                         StatementAccessLog accessLog, Clock clock, ReportMetrics metrics) {
        this.contexts = contexts;
        this.store = store;
        this.evaluation = evaluation;
        this.records = records;
        this.questionnaires = questionnaires;
        this.alerts = alerts;
        this.audit = audit;
        this.accessLog = accessLog;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** Who entered the report: the patient, or a nurse on the patient's behalf. */
    public record Sender(String subject, String name, String role, boolean onBehalf) {
    }

    /** The answer, as stored JSON: the same bytes for the first request and every retry. */
    public record Outcome(String answerJson) {
    }

    /** A report from the patient whose login is {@code subject}. */
    public Outcome submitOwn(String subject, ReportCommand command, Sender sender) {
        acceptNote(command, sender);
        ReportContexts.Context context = contexts.byLogin(subject).orElseThrow(() ->
                ProblemException.notFound("A patient record linked to your login"));
        audit.patient(context.patientId());
        return submit(context, command, sender);
    }

    /** A report for a patient the caller was already allowed to reach. */
    public Outcome submitFor(UUID patientId, ReportCommand command, Sender sender) {
        acceptNote(command, sender);
        return submit(contexts.byPatient(patientId).orElseThrow(), command, sender);
    }

    private Outcome submit(ReportContexts.Context context, ReportCommand command, Sender sender) {
        Instant now = clock.instant();
        if (!ReportRules.takesReports(context.episodeState(), context.episodeStart(), context.thresholdSetId() != null)) {
            throw new ProblemException(ProblemType.NOT_IN_FOLLOW_UP,
                    "The patient is not in follow-up (no allocated pathway): the report was not stored");
        }
        List<SymptomQuestion> questions = questionnaires.questionsOf(context.pathway());
        accept(ReportRules.problems(command.measuredAt(), now, context.episodeStart(), command.values(),
                command.answers(), questions));
        Evaluation evaluated = evaluation.evaluate(context, command, questions);
        ReportRecords.Record record = records.of(context, command, sender, evaluated, now,
                questionnaires.of(context.pathway()).provisional());
        if (store.storeOnce(record.report(), record.values(), record.answers(), alerts.alertOf(evaluated),
                accessLog.rowOf(AlertRaising.STORED_REPORT))) {
            accessLog.written();
            metrics.received(context.pathway(), evaluated.zone());
            return new Outcome(record.report().answerJson());
        }
        ReportStore.Existing existing = store.existing(context.patientId(), command.clientReportId()).orElseThrow();
        if (!existing.contentHash().equals(record.report().contentHash())) {
            throw new ProblemException(ProblemType.REPORT_ID_REUSED, "Report " + command.clientReportId()
                    + " was already received with other content; send a new report id for a new report");
        }
        return new Outcome(existing.answer());
    }

    private static void acceptNote(ReportCommand command, Sender sender) {
        ReportRules.note(sender.onBehalf(), command.note()).ifPresent(p -> {
            throw ProblemException.invalid(p.field(), p.message());
        });
    }

    private static void accept(List<ReportRules.Problem> problems) {
        if (!problems.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "The report has invalid fields; nothing was stored",
                    problems.stream().map(p -> new FieldViolation(p.field(), p.message())).toList());
        }
    }
}

package no.mila.dho.threshold.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.mila.dho.measurement.application.QuestionnaireCatalog;
import no.mila.dho.measurement.application.RecentReports;
import no.mila.dho.measurement.application.RecentReports.RecentReport;
import no.mila.dho.measurement.domain.Evaluation;
import no.mila.dho.measurement.domain.Evaluator;
import no.mila.dho.measurement.domain.ReportInput;
import no.mila.dho.measurement.domain.SymptomQuestion;
import no.mila.dho.measurement.domain.ThresholdSet;
import no.mila.dho.measurement.domain.Zone;
import no.mila.dho.patient.application.PatientAccess;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.threshold.persistence.ThresholdChangeRequestEntity;
import no.mila.dho.threshold.persistence.ThresholdSetEntity;

/**
 * A dry run: the patient's recent reports evaluated again under a proposed version, next to the result each
 * report got when it came in. Nothing is stored or changed; reports keep the result they got. Values marked
 * invalid are left out, as they are of trend rules. The reports are the measurement feature's, read through
 * {@link RecentReports}.
 */
@ApplicationScoped
public class ReEvaluation {

    public static final int MAX_DAYS = 90;

    /** How far before the first report weights are read for the trend rule (its longest window: 14 days and the day). */
    private static final Duration WEIGHT_LOOKBACK = Duration.ofDays(15);

    private final PatientAccess access;
    private final QuestionnaireCatalog questionnaires;
    private final RecentReports reports;
    private final Clock clock;
    private final ThresholdVersionStore versions;

    public ReEvaluation(PatientAccess access, QuestionnaireCatalog questionnaires, RecentReports reports, Clock clock,
                        ThresholdVersionStore versions) {
        this.access = access;
        this.questionnaires = questionnaires;
        this.reports = reports;
        this.clock = clock;
        this.versions = versions;
    }

    /** One report: the zone it got, and the zone and reasons it would get under the proposal. */
    public record ReportOutcome(UUID reportId, Instant measuredAt, Zone storedZone, Evaluation proposed) {
        public boolean changed() {
            return storedZone != proposed.zone();
        }
    }

    /** The reports of the last {@code days} days under the proposal, newest first, with zone counts of both. */
    public record Result(UUID requestId, int days, Instant from, List<ReportOutcome> reports,
                         Map<Zone, Integer> storedZones, Map<Zone, Integer> proposedZones, int changed) {
    }

    public Result ofRequest(UUID patientId, UUID requestId, int days) {
        requireDays(days);
        access.requireClinical(patientId);
        ThresholdChangeRequestEntity request = ThresholdChangeRequestEntity.ofPatient(patientId, requestId)
                .orElseThrow(() -> ProblemException.notFound("Threshold change request " + requestId));
        String pathway = ThresholdSetEntity.<ThresholdSetEntity>findById(request.baseSetId).pathway;
        return evaluate(patientId, requestId, pathway, request.proposed(), days);
    }

    /**
     * The same dry run of limits not yet proposed (the console shows it before the proposal is sent): on the pathway
     * of the version in force, after the one rule for versions (400 naming each problem); {@code requestId} is null.
     */
    public Result ofProposal(UUID patientId, ThresholdSet proposed, int days) {
        requireDays(days);
        access.requireClinical(patientId);
        ThresholdSetEntity inForce = ThresholdSetEntity.patientInForce(patientId)
                .orElseThrow(() -> ProblemException.notFound("Thresholds of patient " + patientId));
        versions.requireUsable(inForce.pathway, proposed, "The proposed limits are not usable");
        return evaluate(patientId, null, inForce.pathway, proposed, days);
    }

    private static void requireDays(int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw ProblemException.invalid("days", "must be between 1 and " + MAX_DAYS);
        }
    }

    private Result evaluate(UUID patientId, UUID requestId, String pathway, ThresholdSet proposed, int days) {
        List<SymptomQuestion> questionnaire = questionnaires.questionsOf(pathway);
        Instant from = clock.instant().minus(Duration.ofDays(days));
        List<ReportInput.WeightPoint> weights = reports.weightsSince(patientId, from.minus(WEIGHT_LOOKBACK));
        List<ReportOutcome> outcomes = new ArrayList<>();
        Map<Zone, Integer> storedZones = zeroCounts();
        Map<Zone, Integer> proposedZones = zeroCounts();
        int changed = 0;
        for (RecentReport report : reports.measuredSince(patientId, from)) {
            Evaluation evaluation = Evaluator.evaluate(new ReportInput(report.measuredAt(), report.values(),
                    report.answers(), weights), proposed, questionnaire);
            ReportOutcome outcome = new ReportOutcome(report.reportId(), report.measuredAt(), report.zone(), evaluation);
            outcomes.add(outcome);
            storedZones.merge(report.zone(), 1, Integer::sum);
            proposedZones.merge(evaluation.zone(), 1, Integer::sum);
            changed += outcome.changed() ? 1 : 0;
        }
        return new Result(requestId, days, from, outcomes, storedZones, proposedZones, changed);
    }

    private static Map<Zone, Integer> zeroCounts() {
        Map<Zone, Integer> counts = new EnumMap<>(Zone.class);
        for (Zone zone : Zone.values()) {
            counts.put(zone, 0);
        }
        return counts;
    }
}

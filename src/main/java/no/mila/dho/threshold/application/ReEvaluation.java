package no.mila.dho.threshold.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import no.mila.dho.measurement.application.QuestionnaireCatalog;
import no.mila.dho.measurement.domain.Evaluation;
import no.mila.dho.measurement.domain.Evaluator;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.measurement.domain.ReportInput;
import no.mila.dho.measurement.domain.SymptomQuestion;
import no.mila.dho.measurement.domain.ThresholdSet;
import no.mila.dho.measurement.domain.Zone;
import no.mila.dho.patient.application.PatientAccess;
import no.mila.dho.shared.persistence.SqlValues;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.threshold.persistence.ThresholdChangeRequestEntity;

/**
 * A dry run: the patient's recent reports evaluated again under a proposed version, next to the result each
 * report got when it came in. Nothing is stored or changed; reports keep the result they got. Values marked
 * invalid are left out, as they are of trend rules.
 */
@ApplicationScoped
public class ReEvaluation {

    public static final int MAX_DAYS = 90;

    private final PatientAccess access;
    private final QuestionnaireCatalog questionnaires;
    private final Clock clock;
    private final EntityManager em;

    public ReEvaluation(PatientAccess access, QuestionnaireCatalog questionnaires, Clock clock,
                        EntityManager em) {
        this.em = em;
        this.access = access;
        this.questionnaires = questionnaires;
        this.clock = clock;
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
        if (days < 1 || days > MAX_DAYS) {
            throw ProblemException.invalid("days", "must be between 1 and " + MAX_DAYS);
        }
        access.requireClinical(patientId);
        ThresholdChangeRequestEntity request = ThresholdChangeRequestEntity.ofPatient(patientId, requestId)
                .orElseThrow(() -> ProblemException.notFound("Threshold change request " + requestId));
        String pathway = pathwayOf(request);
        ThresholdSet proposed = request.proposed();
        List<SymptomQuestion> questionnaire = questionnaires.questionsOf(pathway);
        Instant from = clock.instant().minus(Duration.ofDays(days));
        Map<UUID, Row> reports = reports(patientId, from);
        List<ReportInput.WeightPoint> weights = weights(patientId, from.minus(Duration.ofDays(15)));
        List<ReportOutcome> outcomes = new ArrayList<>();
        Map<Zone, Integer> storedZones = new EnumMap<>(Zone.class);
        Map<Zone, Integer> proposedZones = new EnumMap<>(Zone.class);
        for (Zone zone : Zone.values()) {
            storedZones.put(zone, 0);
            proposedZones.put(zone, 0);
        }
        int changed = 0;
        for (Map.Entry<UUID, Row> entry : reports.entrySet()) {
            Row row = entry.getValue();
            Evaluation evaluation = Evaluator.evaluate(new ReportInput(row.measuredAt, row.values, row.answers, weights),
                    proposed, questionnaire);
            ReportOutcome outcome = new ReportOutcome(entry.getKey(), row.measuredAt, row.zone, evaluation);
            outcomes.add(outcome);
            storedZones.merge(row.zone, 1, Integer::sum);
            proposedZones.merge(evaluation.zone(), 1, Integer::sum);
            changed += outcome.changed() ? 1 : 0;
        }
        return new Result(requestId, days, from, outcomes, storedZones, proposedZones, changed);
    }

    private String pathwayOf(ThresholdChangeRequestEntity request) {
        return (String) em
                .createNativeQuery("SELECT pathway FROM threshold_set WHERE id = ?1")
                .setParameter(1, request.baseSetId).getSingleResult();
    }

    private static final class Row {
        Instant measuredAt;
        Zone zone;
        final Map<MeasurementType, BigDecimal> values = new EnumMap<>(MeasurementType.class);
        final Map<String, String> answers = new TreeMap<>();
    }

    @SuppressWarnings("unchecked")
    private Map<UUID, Row> reports(UUID patientId, Instant from) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT r.id, r.measured_at, r.zone, 'M' AS kind, m.type AS code, m.value, NULL AS option
                  FROM report r JOIN measurement m ON m.report_id = r.id AND NOT m.invalid
                 WHERE r.patient_id = ?1 AND r.measured_at >= ?2 AND r.zone IS NOT NULL
                UNION ALL
                SELECT r.id, r.measured_at, r.zone, 'A', a.question, NULL, a.option
                  FROM report r JOIN symptom_answer a ON a.report_id = r.id
                 WHERE r.patient_id = ?1 AND r.measured_at >= ?2 AND r.zone IS NOT NULL
                ORDER BY 2 DESC, 1""").setParameter(1, patientId).setParameter(2, Timestamp.from(from)).getResultList();
        Map<UUID, Row> reports = new LinkedHashMap<>();
        for (Object[] r : rows) {
            Row row = reports.computeIfAbsent((UUID) r[0], id -> new Row());
            row.measuredAt = SqlValues.instant(r[1]);
            row.zone = Zone.valueOf((String) r[2]);
            if ("M".equals(r[3])) {
                row.values.put(MeasurementType.valueOf((String) r[4]), (BigDecimal) r[5]);
            } else {
                row.answers.put((String) r[4], (String) r[6]);
            }
        }
        return reports;
    }

    @SuppressWarnings("unchecked")
    private List<ReportInput.WeightPoint> weights(UUID patientId, Instant from) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT measured_at, value FROM measurement
                 WHERE patient_id = ?1 AND type = 'BODY_WEIGHT' AND NOT invalid AND measured_at >= ?2""")
                .setParameter(1, patientId).setParameter(2, Timestamp.from(from)).getResultList();
        return rows.stream().map(r -> new ReportInput.WeightPoint(SqlValues.instant(r[0]), (BigDecimal) r[1])).toList();
    }
}

package no.mila.dho.demo;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import no.mila.dho.measurement.domain.Limits;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.measurement.domain.ThresholdSet;
import no.mila.dho.threshold.application.ChangeRequestQueries;
import no.mila.dho.threshold.application.ProposeCommand;
import no.mila.dho.threshold.application.ThresholdChangeService;
import no.mila.dho.threshold.application.ThresholdService;

/**
 * Threshold changes of the demo, through the governance of the API (four eyes): patients past the baseline got
 * individual thresholds proposed by nurse Nora, ordered by their GP Lars and verified by specialist Siri, which
 * ends their baseline; Ola, in baseline, has a proposal waiting for the GP's order.
 */
@ApplicationScoped
class DemoThresholds {

    private final DemoSession session;
    private final ThresholdService thresholds;
    private final ThresholdChangeService changes;
    private final ChangeRequestQueries requests;

    DemoThresholds(DemoSession session, ThresholdService thresholds, ThresholdChangeService changes,
                   ChangeRequestQueries requests) {
        this.session = session;
        this.thresholds = thresholds;
        this.changes = changes;
        this.requests = requests;
    }

    /** A proposal by Nora after the baseline: SpO2 limits two points lower, the rest as in force. */
    UUID propose(UUID patientId) {
        return session.as(DemoUser.NORA, () -> {
            ThresholdSet current = thresholds.inForceVersion(patientId).orElseThrow().thresholds();
            Map<MeasurementType, Limits> limits = new EnumMap<>(current.limits());
            Limits spo2 = current.limitsOf(MeasurementType.SPO2);
            limits.put(MeasurementType.SPO2, new Limits(minus(spo2.redLow()), minus(spo2.yellowLow()),
                    spo2.yellowHigh(), spo2.redHigh()));
            return changes.propose(patientId, new ProposeCommand(
                    "14-dagers baseline: SpO2 stabilt 2 prosentpoeng under standard terskelverdier",
                    new ThresholdSet(limits, current.weightTrend(), current.notMeasured()), false, null));
        });
    }

    /** A proposal ordered by Lars and verified by Siri: in force as the patient's second version. */
    void proposeOrderAndVerify(UUID patientId) {
        UUID request = propose(patientId);
        session.run(DemoUser.LARS, () -> changes.order(patientId, request, versionOf(patientId, request),
                "Forordnet etter gjennomgang av målingene"));
        session.run(DemoUser.SIRI, () -> changes.verify(patientId, request, versionOf(patientId, request),
                "Kontrollert mot forordningen"));
    }

    /** The request's version as the person taking the next step reads it. */
    private long versionOf(UUID patientId, UUID request) {
        return requests.one(patientId, request).request().version();
    }

    private static BigDecimal minus(BigDecimal limit) {
        return limit == null ? null : limit.subtract(BigDecimal.valueOf(2));
    }
}

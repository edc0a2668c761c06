package no.mila.dho.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import no.mila.dho.threshold.application.ThresholdService;
import no.mila.dho.measurement.domain.Limits;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.measurement.domain.ThresholdSet;
import no.mila.dho.threshold.persistence.ThresholdSetEntity;
import no.mila.dho.patient.persistence.EpisodeEntity;
import no.mila.dho.threshold.application.ThresholdChangeSteps;
import no.mila.dho.threshold.application.ThresholdChangeSteps.Signer;
import no.mila.dho.threshold.persistence.ThresholdChangeRequestEntity;

/**
 * Threshold changes of the demo: patients past the baseline got individual thresholds proposed by nurse Nora,
 * ordered by their GP Lars and verified by specialist Siri (the demo users of the realm); Ola, in baseline, has
 * a proposal waiting for the GP's order.
 */
@ApplicationScoped
class DemoThresholds {

    static final String NORA_SUBJECT = "5a0c4b1e-0000-4000-8000-000000000001";
    static final String LARS_SUBJECT = "5a0c4b1e-0000-4000-8000-000000000004";
    static final Signer NORA = new Signer(NORA_SUBJECT, "Nora Sykepleier", "nurse", "9100001");
    static final Signer LARS = new Signer(LARS_SUBJECT, "Lars Fastlege", "physician", "9200001");
    static final Signer SIRI = new Signer("5a0c4b1e-0000-4000-8000-000000000005", "Siri Lungelege", "physician", "9200002");

    private final ThresholdService thresholds;
    private final ThresholdChangeSteps steps;

    DemoThresholds(ThresholdService thresholds, ThresholdChangeSteps steps) {
        this.thresholds = thresholds;
        this.steps = steps;
    }

    /** A proposal by Nora after the baseline: SpO2 limits two points lower, the rest as in force. */
    @Transactional(Transactional.TxType.MANDATORY)
    ThresholdChangeRequestEntity propose(EpisodeEntity episode, Instant at) {
        ThresholdSetEntity base = thresholds.inForce(episode.patientId).orElseThrow();
        ThresholdSet current = base.toDomain();
        Map<MeasurementType, Limits> limits = new EnumMap<>(current.limits());
        Limits spo2 = current.limitsOf(MeasurementType.SPO2);
        limits.put(MeasurementType.SPO2, new Limits(minus(spo2.redLow()), minus(spo2.yellowLow()), spo2.yellowHigh(),
                spo2.redHigh()));
        ThresholdChangeRequestEntity request = steps.proposed(episode.patientId, episode.id, base,
                "14-dagers baseline: SpO2 stabilt 2 prosentpoeng under standard terskelverdier",
                new ThresholdSet(limits, current.weightTrend(), current.notMeasured()), NORA, at);
        request.flush();
        return request;
    }

    /** A proposal ordered by Lars and verified by Siri: in force as the patient's second version. */
    @Transactional(Transactional.TxType.MANDATORY)
    void proposeOrderAndVerify(EpisodeEntity episode, Instant at) {
        ThresholdChangeRequestEntity request = propose(episode, at);
        steps.ordered(request, LARS, at.plus(Duration.ofHours(2)), "Forordnet etter gjennomgang av målingene");
        steps.verified(request, SIRI, at.plus(Duration.ofHours(3)), "Kontrollert mot forordningen");
    }

    private static BigDecimal minus(BigDecimal limit) {
        return limit == null ? null : limit.subtract(BigDecimal.valueOf(2));
    }
}

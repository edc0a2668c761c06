package no.mila.dho.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import no.mila.dho.measurement.application.ThresholdService;
import no.mila.dho.measurement.domain.Limits;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.measurement.domain.ThresholdSet;
import no.mila.dho.measurement.persistence.ThresholdSetEntity;
import no.mila.dho.measurement.persistence.WeightTrendColumns;
import no.mila.dho.patient.persistence.EpisodeEntity;
import no.mila.dho.thresholdchange.domain.ChangeStatus;
import no.mila.dho.thresholdchange.persistence.ThresholdChangeLimitEntity;
import no.mila.dho.thresholdchange.persistence.ThresholdChangeRequestEntity;
import no.mila.dho.thresholdchange.persistence.ThresholdChangeStepEntity;

/**
 * Threshold changes of the demo: patients past the baseline got individual thresholds proposed by nurse Nora,
 * ordered by their GP Lars and verified by specialist Siri (the demo users of the realm); Ola, in baseline, has
 * a proposal waiting for the GP's order.
 */
@ApplicationScoped
class DemoThresholds {

    static final String NORA = "5a0c4b1e-0000-4000-8000-000000000001";
    static final String LARS = "5a0c4b1e-0000-4000-8000-000000000004";
    static final String SIRI = "5a0c4b1e-0000-4000-8000-000000000005";

    private final ThresholdService thresholds;
    private final Clock clock;

    DemoThresholds(ThresholdService thresholds, Clock clock) {
        this.thresholds = thresholds;
        this.clock = clock;
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
        ThresholdChangeRequestEntity request = new ThresholdChangeRequestEntity();
        request.id = UUID.randomUUID();
        request.patientId = episode.patientId;
        request.episodeId = episode.id;
        request.baseSetId = base.id;
        request.status = ChangeStatus.PROPOSED;
        request.reason = "14-dagers baseline: SpO2 stabilt 2 prosentpoeng under standardgrensene";
        request.weightTrend = WeightTrendColumns.of(current.weightTrend());
        request.proposedBySubject = NORA;
        request.proposedAt = at;
        request.persist();
        limits.forEach((type, l) -> ThresholdChangeLimitEntity.of(request.id, type, l).persist());
        step(request, ChangeStatus.PROPOSED, NORA, "Nora Sykepleier", "nurse", "9100001", at, request.reason);
        request.flush();
        return request;
    }

    /** A proposal ordered by Lars and verified by Siri: in force as the patient's second version. */
    @Transactional(Transactional.TxType.MANDATORY)
    void proposeOrderAndVerify(EpisodeEntity episode, Instant at) {
        ThresholdChangeRequestEntity request = propose(episode, at);
        request.status = ChangeStatus.ORDERED;
        request.orderedBySubject = LARS;
        request.orderedAt = at.plus(Duration.ofHours(2));
        step(request, ChangeStatus.ORDERED, LARS, "Lars Fastlege", "physician", "9200001", request.orderedAt,
                "Forordnet etter gjennomgang av målingene");
        request.verifiedBySubject = SIRI;
        request.verifiedAt = at.plus(Duration.ofHours(3));
        request.flush();
        ThresholdSetEntity next = thresholds.putInForce(episode.patientId, request.baseSetId, request.proposed(),
                request.id, SIRI);
        request.status = ChangeStatus.VERIFIED;
        request.resultingSetId = next.id;
        step(request, ChangeStatus.VERIFIED, SIRI, "Siri Lungelege", "physician", "9200002", request.verifiedAt,
                "Kontrollert mot forordningen");
        request.flush();
    }

    private static BigDecimal minus(BigDecimal limit) {
        return limit == null ? null : limit.subtract(BigDecimal.valueOf(2));
    }

    private static void step(ThresholdChangeRequestEntity request, ChangeStatus step, String subject, String name,
                             String role, String hpr, Instant at, String note) {
        ThresholdChangeStepEntity.append(request.id, step, at, subject, name, role, hpr, note);
    }
}

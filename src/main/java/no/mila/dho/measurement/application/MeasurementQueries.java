package no.mila.dho.measurement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import no.mila.dho.measurement.domain.MeasuredValue;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.measurement.persistence.MeasurementEntity;
import no.mila.dho.measurement.persistence.MeasurementReads;
import no.mila.dho.shared.paging.Page;
import no.mila.dho.shared.paging.PageRequest;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;

/**
 * A patient's measurements over time, the latest of each type, and marking a value invalid. Each value comes with
 * the report it came in: the app's report id and the threshold set version the report was evaluated against.
 */
@ApplicationScoped
public class MeasurementQueries {

    private final MeasurementReads reads;
    private final Clock clock;

    public MeasurementQueries(MeasurementReads reads, Clock clock) {
        this.reads = reads;
        this.clock = clock;
    }

    /** The values measured in [from, to), of one type or all (null), newest first, paged. */
    public Page<MeasuredValue> history(UUID patientId, MeasurementType type, OffsetDateTime fromTime,
                                       OffsetDateTime toTime, PageRequest page) {
        Instant from = fromTime == null ? null : fromTime.toInstant();
        Instant to = toTime == null ? null : toTime.toInstant();
        if (from != null && to != null && from.isAfter(to)) {
            throw ProblemException.invalid("from", "must not be after to");
        }
        return reads.history(patientId, type, from, to, page);
    }

    /**
     * The ids of the valid values measured in [from, to), oldest first: what an outgoing message carries as
     * {@code measurementIds}. No access check: for messages written in an event's transaction.
     */
    public List<UUID> validIdsMeasured(UUID patientId, Instant from, Instant to) {
        return reads.validIds(patientId, from, to);
    }

    /** The newest valid value of each type. */
    public List<MeasuredValue> latest(UUID patientId) {
        return reads.latest(patientId);
    }

    /** Marks a value invalid (e.g. a faulty device): it is kept and shown as invalid, and left out of trend rules. */
    @Transactional
    public MeasuredValue invalidate(UUID patientId, UUID measurementId, String reason, String by) {
        MeasurementEntity m = MeasurementEntity.ofPatient(patientId, measurementId)
                .orElseThrow(() -> ProblemException.notFound("Measurement " + measurementId));
        if (m.invalid) {
            throw new ProblemException(ProblemType.CONFLICT, "The measurement is already marked invalid");
        }
        m.invalid = true;
        m.invalidReason = reason;
        m.invalidatedBy = by;
        m.invalidatedAt = clock.instant();
        return reads.withReports(List.of(m)).get(0);
    }
}

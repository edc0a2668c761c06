package no.mila.dho.measurement.application;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.measurement.persistence.MeasurementEntity;
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

    /** A stored value and its report: the id the app gave it, and the threshold set version used. */
    public record Measured(MeasurementEntity value, UUID clientReportId, UUID thresholdSetId, Integer thresholdVersion) {
    }

    private final Clock clock;

    public MeasurementQueries(Clock clock) {
        this.clock = clock;
    }

    public Page<Measured> history(UUID patientId, MeasurementType type, OffsetDateTime fromTime,
                                           OffsetDateTime toTime, PageRequest page) {
        Instant from = fromTime == null ? null : fromTime.toInstant();
        Instant to = toTime == null ? null : toTime.toInstant();
        if (from != null && to != null && from.isAfter(to)) {
            throw ProblemException.invalid("from", "must not be after to");
        }
        Parameters params = Parameters.with("patient", patientId);
        StringBuilder query = new StringBuilder("patientId = :patient");
        if (type != null) {
            query.append(" and type = :type");
            params.and("type", type);
        }
        if (from != null) {
            query.append(" and measuredAt >= :from");
            params.and("from", from);
        }
        if (to != null) {
            query.append(" and measuredAt < :to");
            params.and("to", to);
        }
        PanacheQuery<MeasurementEntity> found = MeasurementEntity.find(query + " order by measuredAt desc, type, id",
                params).page(page.panache());
        return Page.of(withReports(found.list()), page, found.count());
    }

    /** The newest valid value of each type. */
    @SuppressWarnings("unchecked")
    public List<Measured> latest(UUID patientId) {
        return withReports(MeasurementEntity.getEntityManager().createNativeQuery("""
                SELECT DISTINCT ON (type) * FROM measurement
                WHERE patient_id = ?1 AND NOT invalid ORDER BY type, measured_at DESC, id""", MeasurementEntity.class)
                .setParameter(1, patientId).getResultList());
    }

    /** Marks a value invalid (e.g. a faulty device): it is kept and shown as invalid, and left out of trend rules. */
    @Transactional
    public Measured invalidate(UUID patientId, UUID measurementId, String reason, String by) {
        MeasurementEntity m = MeasurementEntity.<MeasurementEntity>find("id = ?1 and patientId = ?2", measurementId,
                patientId).firstResultOptional().orElseThrow(() -> ProblemException.notFound("Measurement " + measurementId));
        if (m.invalid) {
            throw new ProblemException(ProblemType.CONFLICT, "The measurement is already marked invalid");
        }
        m.invalid = true;
        m.invalidReason = reason;
        m.invalidatedBy = by;
        m.invalidatedAt = clock.instant();
        return withReports(List.of(m)).get(0);
    }

    /** The values with their reports' client ids and threshold versions, read in one query for all of them. */
    private static List<Measured> withReports(List<MeasurementEntity> values) {
        if (values.isEmpty()) {
            return List.of();
        }
        Map<UUID, Tuple> reports = MeasurementEntity.getEntityManager().createQuery("""
                select r.id as id, r.clientReportId as clientReportId, r.thresholdSetId as setId, t.versionNo as version
                from ReportEntity r left join ThresholdSetEntity t on t.id = r.thresholdSetId
                where r.id in :ids""", Tuple.class)
                .setParameter("ids", values.stream().map(v -> v.reportId).distinct().toList()).getResultList().stream()
                .collect(Collectors.toMap(r -> r.get("id", UUID.class), Function.identity()));
        return values.stream().map(v -> {
            Tuple report = reports.get(v.reportId);
            return new Measured(v, report.get("clientReportId", UUID.class), report.get("setId", UUID.class),
                    report.get("version", Integer.class));
        }).toList();
    }
}

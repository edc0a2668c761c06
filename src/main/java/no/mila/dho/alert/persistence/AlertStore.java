package no.mila.dho.alert.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import no.mila.dho.alert.domain.HandlingStatus;
import no.mila.dho.measurement.domain.Zone;
import no.mila.dho.shared.persistence.HandlingColumns;
import no.mila.dho.shared.persistence.SqlValues;

/**
 * The alert feature's SQL for handling alerts: the handling columns ({@link HandlingColumns}), the report an alert
 * came from (through the measurement and threshold features' published views), the alerts of a bulk
 * acknowledgement, and the lines of alerts the worklist shows.
 */
@ApplicationScoped
public class AlertStore {

    /** The report an alert came from: the app's id of it, and the threshold version it was evaluated against. */
    public record Source(UUID clientReportId, Integer thresholdVersion) {

        static Source of(Tuple t) {
            Number version = t.get("threshold_version", Number.class);
            return new Source(t.get("client_report_id", UUID.class), version == null ? null : version.intValue());
        }
    }

    /** An alert asked to be acknowledged, locked. */
    public record Candidate(UUID id, UUID patientId, Zone zone, HandlingStatus status) {

        static Candidate of(Tuple t) {
            return new Candidate(t.get("id", UUID.class), t.get("patient_id", UUID.class),
                    Zone.valueOf(t.get("zone", String.class)), HandlingStatus.valueOf(t.get("status", String.class)));
        }
    }

    /** An alert as a line of the worklist shows it; {@code reasonsJson} as stored. */
    public record Line(UUID id, Zone zone, String reasonsJson, Instant receivedAt, HandlingStatus status,
                       String claimedBy, String claimedBySubject) {

        static Line of(Tuple t) {
            return new Line(t.get("id", UUID.class), Zone.valueOf(t.get("zone", String.class)),
                    t.get("reasons", String.class), SqlValues.instant(t.get("received_at")),
                    HandlingStatus.valueOf(t.get("status", String.class)), t.get("claimed_by", String.class),
                    t.get("claimed_by_subject", String.class));
        }
    }

    private final EntityManager em;

    public AlertStore(EntityManager em) {
        this.em = em;
    }

    /** The handling columns of the alerts. */
    public HandlingColumns handling() {
        return new HandlingColumns(em, "alert");
    }

    /** The report alert {@code id} came from (every report raises one alert). */
    public Source source(UUID id) {
        return Source.of((Tuple) em.createNativeQuery("""
                SELECT r.client_report_id AS client_report_id, t.version_no AS threshold_version
                  FROM alert a JOIN report_view r ON r.report_id = a.report_id
                  LEFT JOIN threshold_version_view t ON t.set_id = r.threshold_set_id
                 WHERE a.id = :id""", Tuple.class).setParameter("id", id).getSingleResult());
    }

    /** The alerts of {@code ids} that exist, locked in the order of their ids (no two bulk calls deadlock). */
    @SuppressWarnings("unchecked")
    public List<Candidate> lockForAcknowledgement(Collection<UUID> ids) {
        List<Tuple> rows = em.createNativeQuery("""
                SELECT a.id AS id, a.patient_id AS patient_id, a.zone AS zone, a.status AS status
                  FROM alert a WHERE a.id = ANY(:ids) ORDER BY a.id FOR UPDATE""", Tuple.class)
                .setParameter("ids", ids.toArray(UUID[]::new)).getResultList();
        return rows.stream().map(Candidate::of).toList();
    }

    /** The worklist's lines of the alerts {@code ids}. */
    @SuppressWarnings("unchecked")
    public List<Line> lines(Collection<UUID> ids) {
        List<Tuple> rows = em.createNativeQuery("""
                SELECT id, zone, reasons::text AS reasons, received_at, status,
                       coalesce(claimed_by_name, claimed_by_subject) AS claimed_by, claimed_by_subject
                  FROM alert WHERE id = ANY(:ids)""", Tuple.class)
                .setParameter("ids", ids.toArray(UUID[]::new)).getResultList();
        return rows.stream().map(Line::of).toList();
    }
}

package no.mila.dho.alert.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import no.mila.dho.measurement.application.AlertRaising;
import no.mila.dho.measurement.domain.Zone;
import no.mila.dho.shared.persistence.SqlPart;

/**
 * The SQL that opens the alert of a report, as a part of the report's own statement (see {@link AlertRaising}): it
 * reads the report row just inserted from the CTE {@value AlertRaising#STORED_REPORT} and inserts nothing when
 * there is none (the report id was taken).
 */
@ApplicationScoped
public class AlertInserts {

    private static final String OPEN = """
            INSERT INTO alert (id, patient_id, report_id, zone, reasons, status, received_at)
            SELECT ?, r.patient_id, r.id, ?, CAST(? AS jsonb), 'OPEN', r.received_at FROM %s r"""
            .formatted(AlertRaising.STORED_REPORT);

    /** The part that opens a new alert in {@code zone}; {@code reasonsJson} is the JSON array of its reasons. */
    public SqlPart open(Zone zone, String reasonsJson) {
        return new SqlPart(OPEN, List.of(UUID.randomUUID(), zone.name(), reasonsJson));
    }
}

package no.mila.dho.measurement.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.mila.dho.measurement.persistence.ObservationRows;

/**
 * The stored values as the FHIR feature's Observations read them: one value by id, a page of a search with its
 * total (one query each, on the index {@code measurement_patient_type_time}, the report joined in), and the values
 * of one report (the answer to a report sent as a FHIR transaction). Read only; the caller checks who may see the
 * patient.
 */
@ApplicationScoped
public class ObservationReads {

    private final ObservationRows rows;

    public ObservationReads(ObservationRows rows) {
        this.rows = rows;
    }

    /** A value by its id, with the id of the systolic value when it is a diastolic (its reading's Observation). */
    public Optional<Found> byId(UUID measurementId) {
        return rows.byId(measurementId);
    }

    /** A value by id: {@code panelId} is the systolic of the same report when the value is a diastolic, else null. */
    public record Found(ObservationRecord record, UUID panelId) {
    }

    public List<ObservationRecord> page(ObservationSearch search) {
        return rows.page(search);
    }

    public long count(ObservationSearch search) {
        return rows.count(search);
    }

    /** The report's internal id and its values (a diastolic within its systolic), if the patient sent it. */
    public Optional<ReportObservations> ofReport(UUID patientId, UUID clientReportId) {
        return rows.reportId(patientId, clientReportId)
                .map(id -> new ReportObservations(id, rows.ofReport(id)));
    }

    /** One report's internal id and its Observations' records. */
    public record ReportObservations(UUID reportId, List<ObservationRecord> observations) {
    }
}

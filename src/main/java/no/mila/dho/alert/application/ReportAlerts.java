package no.mila.dho.alert.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import no.mila.dho.alert.persistence.AlertInserts;
import no.mila.dho.measurement.application.AlertRaising;
import no.mila.dho.measurement.domain.Evaluation;

/**
 * The alert of a report: one per stored report, open, in the report's zone, with the reasons of its non-green
 * findings in Norwegian and English, received when the report was. It must be raised in the transaction that
 * stores the report ({@code MANDATORY}): a report without its alert, or an alert without its report, is never
 * committed.
 */
@ApplicationScoped
public class ReportAlerts implements AlertRaising {

    private final AlertInserts inserts;
    private final ObjectMapper json;

    public ReportAlerts(AlertInserts inserts, ObjectMapper json) {
        this.inserts = inserts;
        this.json = json;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void raise(UUID reportId, UUID patientId, Evaluation evaluation, Instant receivedAt) {
        inserts.open(new AlertInserts.NewAlert(UUID.randomUUID(), patientId, reportId, evaluation.zone(),
                reasons(evaluation), receivedAt));
    }

    private String reasons(Evaluation evaluation) {
        try {
            return json.writeValueAsString(evaluation.nonGreen().stream()
                    .map(f -> Map.of("nb", f.reasonNb(), "en", f.reasonEn())).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the reasons of the alert", e);
        }
    }
}

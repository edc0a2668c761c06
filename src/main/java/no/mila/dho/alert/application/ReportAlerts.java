package no.mila.dho.alert.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import no.mila.dho.alert.persistence.AlertInserts;
import no.mila.dho.measurement.application.AlertRaising;
import no.mila.dho.measurement.domain.Evaluation;
import no.mila.dho.shared.persistence.SqlPart;

/**
 * The alert of a report: one per stored report, open, in the report's zone, with the reasons of its non-green
 * findings in Norwegian and English, received when the report was. It is written by the report's own statement
 * ({@link AlertRaising}): a report without its alert, or an alert without its report, is never committed.
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
    public SqlPart alertOf(Evaluation evaluation) {
        return inserts.open(evaluation.zone(), reasons(evaluation));
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

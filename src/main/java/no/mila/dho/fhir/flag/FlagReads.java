package no.mila.dho.fhir.flag;

import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;
import no.mila.dho.alert.application.AlertReads;
import org.hl7.fhir.r4.model.Flag;

/**
 * The {@code Flag} of one alert, for other parts of the FHIR server (the answer to a report sent as a transaction
 * Bundle names the Flag its report raised when not green). No access check: the caller has checked the patient.
 */
@Singleton
public class FlagReads {

    private final AlertReads alerts;

    public FlagReads(AlertReads alerts) {
        this.alerts = alerts;
    }

    /** The Flag of alert {@code alertId}, if there is one. */
    public Optional<Flag> flag(UUID alertId) {
        return alerts.byId(alertId).map(FlagMapping::toFhir);
    }

    /**
     * The Flag of the alert raised by the patient's report with the app's report id {@code clientReportId} (the
     * Bundle identifier of a FHIR report); every stored report raises one (green ones too).
     */
    public Optional<Flag> flagOfReport(UUID patientId, UUID clientReportId) {
        return alerts.ofClientReport(patientId, clientReportId).map(FlagMapping::toFhir);
    }
}

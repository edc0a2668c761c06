package no.mila.dho.fhir.flag;

import java.util.Date;
import no.mila.dho.alert.application.AlertReads;
import no.mila.dho.alert.domain.HandlingStatus;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;

/**
 * An alert as a FHIR {@code Flag} (the one place of this mapping): id the alert's id; {@code active} until the alert
 * is closed, then {@code inactive}; category {@code clinical}; code the zone ({@link FlagCodes#ALERT_ZONE}, Norwegian
 * display) with the reasons in Norwegian as text (the zone's name for a green alert, which has none); subject the
 * patient; period from when the report came to when the alert was closed. No author: the service raised it; who
 * handles it is on the alert's {@code Task} ({@code Task/alert-<id>}, focus this Flag).
 */
public final class FlagMapping {

    private FlagMapping() {
    }

    public static Flag toFhir(AlertReads.Alert alert) {
        Flag flag = new Flag();
        flag.setId(alert.id().toString());
        flag.setStatus(alert.status() == HandlingStatus.CLOSED ? Flag.FlagStatus.INACTIVE : Flag.FlagStatus.ACTIVE);
        flag.addCategory(new CodeableConcept(new Coding(FlagCodes.FLAG_CATEGORY, FlagCodes.CLINICAL,
                FlagCodes.CLINICAL_DISPLAY)));
        String zone = FlagCodes.display(alert.zone());
        CodeableConcept code = new CodeableConcept(new Coding(FlagCodes.ALERT_ZONE, alert.zone().name(), zone));
        code.setText(alert.reasons().isEmpty() ? zone : String.join(" ", alert.reasons()));
        flag.setCode(code);
        flag.setSubject(new Reference("Patient/" + alert.patientId()));
        Period period = new Period().setStart(Date.from(alert.receivedAt()));
        if (alert.closedAt() != null) {
            period.setEnd(Date.from(alert.closedAt()));
        }
        flag.setPeriod(period);
        return flag;
    }
}

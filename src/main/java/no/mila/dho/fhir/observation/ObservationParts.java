package no.mila.dho.fhir.observation;

import no.mila.dho.fhir.server.ContainedPractitioner;
import java.util.Date;
import no.mila.dho.measurement.application.ObservationRecord;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;

/**
 * Who and what produced an Observation, and its notes: the performer is the patient (who measures at home), or, for
 * a report a nurse entered on the patient's behalf, a contained {@code Practitioner} with the nurse's name (the
 * service keeps no HPR number of who entered a report), its reference saying it was on the patient's behalf; the
 * device as a contained {@code Device} (type and serial number as the app sent them) when known; notes for a value
 * marked invalid (the reason, by whom, when) and for the nurse's note on how the values were got.
 */
final class ObservationParts {

    private ObservationParts() {
    }

    static void performer(Observation o, ObservationRecord record) {
        ObservationRecord.Entered entered = record.entered();
        if (!entered.onBehalf()) {
            o.addPerformer(new Reference("Patient/" + record.patientId()));
            return;
        }
        String name = entered.name() == null || entered.name().isBlank() ? "Ukjent" : entered.name();
        o.addContained(ContainedPractitioner.of("enterer", name, null));
        o.addPerformer(new Reference("#enterer").setDisplay(name + " (" + roleNb(entered.role())
                + ", registrert på vegne av pasienten)"));
    }

    static void device(Observation o, ObservationRecord record) {
        if (record.deviceType() == null && record.deviceSerial() == null) {
            return;
        }
        Device device = new Device();
        device.setId("device");
        if (record.deviceType() != null) {
            device.getType().setText(record.deviceType());
        }
        if (record.deviceSerial() != null) {
            device.setSerialNumber(record.deviceSerial());
        }
        o.addContained(device);
        o.setDevice(new Reference("#device").setDisplay(record.deviceType() != null ? record.deviceType()
                : "Måleapparat " + record.deviceSerial()));
    }

    static void notes(Observation o, ObservationRecord record, boolean panel) {
        invalidation(o, record.value(), panel ? "Systolisk blodtrykk" : null);
        if (panel) {
            invalidation(o, record.diastolic(), "Diastolisk blodtrykk");
        }
        ObservationRecord.Entered entered = record.entered();
        if (entered.onBehalf() && entered.note() != null && !entered.note().isBlank()) {
            o.addNote(new Annotation().setText("Registrert på vegne av pasienten: " + entered.note()));
        }
    }

    private static void invalidation(Observation o, ObservationRecord.Value value, String which) {
        if (!value.invalid()) {
            return;
        }
        String reason = value.invalidReason() == null ? "ingen grunn oppgitt" : value.invalidReason();
        Annotation note = new Annotation().setText((which == null ? "" : which + ": ") + "Markert som ugyldig: " + reason);
        if (value.invalidatedBy() != null) {
            note.setAuthor(new org.hl7.fhir.r4.model.StringType(value.invalidatedBy()));
        }
        if (value.invalidatedAt() != null) {
            note.setTime(Date.from(value.invalidatedAt()));
        }
        o.addNote(note);
    }

    private static String roleNb(String role) {
        if (role == null) {
            return "helsepersonell";
        }
        return switch (role) {
            case "nurse" -> "sykepleier";
            case "physician" -> "lege";
            default -> role;
        };
    }
}

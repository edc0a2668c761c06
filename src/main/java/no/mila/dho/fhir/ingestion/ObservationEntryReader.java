package no.mila.dho.fhir.ingestion;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.mila.dho.fhir.observation.ObservationCodes;
import no.mila.dho.fhir.server.FhirSystems;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.measurement.domain.ReportRules;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Type;

/**
 * One Observation of a report Bundle: a vital sign by its LOINC or SNOMED CT code (the blood pressure panel
 * 85354-9 with components 8480-6 and 8462-4, or systolic and diastolic as Observations of their own), its value in
 * the UCUM unit of its type, the measured time ({@code effectiveDateTime} or {@code effectiveInstant}), the subject,
 * and the device (a contained Device's type and serial number, or the reference's display; the first one given is
 * the report's).
 */
final class ObservationEntryReader {

    private static final Set<Observation.ObservationStatus> ACCEPTED = Set.of(Observation.ObservationStatus.FINAL,
            Observation.ObservationStatus.PRELIMINARY, Observation.ObservationStatus.AMENDED,
            Observation.ObservationStatus.CORRECTED);

    private ObservationEntryReader() {
    }

    /** Reads {@code o}, at {@code path}; returns the types of its values. */
    static List<MeasurementType> read(Observation o, String path, BundleParse parse) {
        if (!ACCEPTED.contains(o.getStatus())) {
            parse.problem(path + ".status", "must be final (or preliminary, amended, corrected)");
        }
        parse.subject(o.getSubject(), path + ".subject");
        parse.measuredAt(o.hasEffectiveInstantType() ? o.getEffectiveInstantType()
                : o.hasEffectiveDateTimeType() ? o.getEffectiveDateTimeType() : null, path + ".effectiveDateTime");
        device(o, parse);
        List<MeasurementType> types = new ArrayList<>();
        if (o.getCode().getCoding().stream().anyMatch(c -> ObservationCodes.isPanel(c.getSystem(), c.getCode()))) {
            parse.fields.put("bloodPressure", path + ".component");
            for (int j = 0; j < o.getComponent().size(); j++) {
                Observation.ObservationComponentComponent c = o.getComponent().get(j);
                String at = path + ".component[" + j + "]";
                Optional<MeasurementType> type = typeOf(c.getCode()).filter(t -> t == MeasurementType.SYSTOLIC
                        || t == MeasurementType.DIASTOLIC);
                if (type.isEmpty()) {
                    parse.problem(at + ".code", "must be systolic (LOINC 8480-6) or diastolic (LOINC 8462-4)");
                } else if (value(type.get(), c.getValue(), at, parse)) {
                    types.add(type.get());
                }
            }
            return types;
        }
        Optional<MeasurementType> type = typeOf(o.getCode());
        if (type.isEmpty()) {
            parse.problem(path + ".code", "must be a vital sign of this service (LOINC 85354-9, 8480-6, 8462-4, "
                    + "8867-4, 59408-5 or 2708-6, 29463-7, 8310-5, or their SNOMED CT codes)");
        } else if (value(type.get(), o.getValue(), path, parse)) {
            types.add(type.get());
            if (type.get() == MeasurementType.SYSTOLIC || type.get() == MeasurementType.DIASTOLIC) {
                parse.fields.putIfAbsent("bloodPressure", path);
            }
        }
        return types;
    }

    private static Optional<MeasurementType> typeOf(CodeableConcept code) {
        for (Coding coding : code.getCoding()) {
            Optional<MeasurementType> type = ObservationCodes.typeOf(coding.getSystem(), coding.getCode());
            if (type.isPresent()) {
                return type;
            }
        }
        return Optional.empty();
    }

    /** The value at {@code at}.valueQuantity; whether it was taken (its value is checked by the report rules). */
    private static boolean value(MeasurementType type, Type value, String at, BundleParse parse) {
        String path = at + ".valueQuantity";
        if (!(value instanceof Quantity quantity)) {
            parse.problem(path, "is required: the value as a Quantity in " + type.ucum() + " (UCUM)");
            return false;
        }
        boolean unit = true;
        if (!FhirSystems.UCUM.equals(quantity.getSystem())) {
            parse.problem(path + ".system", "must be " + FhirSystems.UCUM);
            unit = false;
        }
        if (!type.ucum().equals(quantity.getCode())) {
            parse.problem(path + ".code", "must be " + type.ucum() + " (UCUM) for " + type.nameEn().toLowerCase());
            unit = false;
        }
        if (!unit || !parse.firstOf(type, at)) {
            return false;
        }
        parse.values.add(new ReportRules.Sent(type, quantity.getValue(), type.unit(), path + ".value"));
        if (type == MeasurementType.SYSTOLIC) {
            parse.fields.put("bloodPressure.systolic", path + ".value");
        }
        return true;
    }

    private static void device(Observation o, BundleParse parse) {
        if (!o.hasDevice() || parse.deviceType != null || parse.deviceSerial != null) {
            return;
        }
        String reference = o.getDevice().getReference();
        if (reference != null && reference.startsWith("#")) {
            for (Resource contained : o.getContained()) {
                if (contained instanceof Device device && reference.substring(1).equals(idOf(device))) {
                    parse.deviceType = truncate(deviceType(device), 40);
                    parse.deviceSerial = truncate(device.getSerialNumber(), 100);
                    return;
                }
            }
        }
        parse.deviceType = truncate(o.getDevice().getDisplay(), 40);
    }

    /** A contained resource's id, without the {@code #} HAPI may keep. */
    private static String idOf(Resource contained) {
        String id = contained.getIdElement().getIdPart();
        return id == null ? "" : id.startsWith("#") ? id.substring(1) : id;
    }

    private static String deviceType(Device device) {
        if (device.getType().hasText()) {
            return device.getType().getText();
        }
        if (device.hasDeviceName()) {
            return device.getDeviceNameFirstRep().getName();
        }
        return device.getType().getCodingFirstRep().getDisplay();
    }

    private static String truncate(String text, int max) {
        return text == null || text.isBlank() ? null : text.length() <= max ? text : text.substring(0, max);
    }
}

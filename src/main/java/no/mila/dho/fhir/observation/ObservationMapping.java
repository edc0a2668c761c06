package no.mila.dho.fhir.observation;

import java.util.Date;
import java.util.Map;
import java.util.TimeZone;
import no.mila.dho.fhir.server.FhirSystems;
import no.mila.dho.measurement.application.ObservationRecord;
import no.mila.dho.measurement.domain.Limits;
import no.mila.dho.measurement.domain.MeasurementType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;

/**
 * A stored value as an R4 vital-signs {@code Observation} (one place for the mapping): id = the measurement's id;
 * the profile of its type (bp, heartrate, oxygensat, bodyweight, bodytemp) in {@code meta.profile}; category
 * vital-signs; LOINC and SNOMED CT codes (SpO2 with both 59408-5 and 2708-6); the value in UCUM; effective = measured,
 * issued = received; identifier = the app's report id; interpretation and reference ranges by
 * {@link ObservationInterpretation}; performer and device by {@link ObservationParts}; status {@code final}, or
 * {@code entered-in-error} with the reason in a note when the value was marked invalid; {@code meta.lastUpdated}
 * received, or marked invalid if later.
 * <p>
 * Blood pressure: the systolic and diastolic of one report are one Observation, the panel 85354-9 with components
 * 8480-6 and 8462-4, whose id is the systolic value's id. The diastolic's own id names no Observation (a read of it
 * is 404, naming the panel). The panel is {@code entered-in-error} when either value was marked invalid (a reading
 * with a wrong half is no reading); its interpretation is the worse component's.
 */
public final class ObservationMapping {

    private static final TimeZone OSLO = TimeZone.getTimeZone("Europe/Oslo");

    private ObservationMapping() {
    }

    /** The Observation of {@code record}, judged by {@code limits}: the limits of its report's threshold version. */
    public static Observation toFhir(ObservationRecord record, Map<MeasurementType, Limits> limits) {
        ObservationRecord.Value value = record.value();
        boolean panel = value.type() == MeasurementType.SYSTOLIC && record.diastolic() != null;
        Observation o = new Observation();
        o.setId(value.id().toString());
        o.getMeta().setLastUpdated(Date.from(record.lastUpdated())).addProfile(panel || value.type()
                != MeasurementType.SYSTOLIC ? ObservationCodes.profile(value.type()) : ObservationCodes.VITAL_SIGNS_PROFILE);
        o.addIdentifier().setSystem(FhirSystems.REPORT_ID).setValue(record.clientReportId().toString());
        o.addCategory(new CodeableConcept(new Coding(ObservationCodes.CATEGORY_SYSTEM, ObservationCodes.VITAL_SIGNS,
                "Vital Signs")).setText("Vitale tegn"));
        o.setSubject(new Reference("Patient/" + record.patientId()));
        DateTimeType effective = new DateTimeType(Date.from(record.measuredAt()), precisionOf(record), OSLO);
        o.setEffective(effective);
        o.setIssuedElement(new InstantType(Date.from(record.receivedAt())));
        Limits none = Limits.NONE;
        if (panel) {
            o.setCode(code(ObservationCodes.BP_PANEL_LOINC, ObservationCodes.BP_PANEL_SNOMED, "Blodtrykk"));
            Observation.ObservationComponentComponent systolic = component(value, limits.getOrDefault(value.type(), none));
            ObservationRecord.Value d = record.diastolic();
            Observation.ObservationComponentComponent diastolic = component(d, limits.getOrDefault(d.type(), none));
            o.addComponent(systolic);
            o.addComponent(diastolic);
            o.addInterpretation((d.zone().compareTo(value.zone()) > 0 ? diastolic : systolic)
                    .getInterpretationFirstRep().copy());
        } else {
            Limits own = limits.getOrDefault(value.type(), none);
            o.setCode(codeOf(value.type()));
            o.setValue(ObservationInterpretation.quantity(value.type(), value.value()));
            o.addInterpretation(ObservationInterpretation.of(value, own, record.weightTrend()));
            ObservationInterpretation.ranges(value.type(), own).forEach(o::addReferenceRange);
        }
        boolean invalid = value.invalid() || (panel && record.diastolic().invalid());
        o.setStatus(invalid ? Observation.ObservationStatus.ENTEREDINERROR : Observation.ObservationStatus.FINAL);
        ObservationParts.performer(o, record);
        ObservationParts.device(o, record);
        ObservationParts.notes(o, record, panel);
        return o;
    }

    static CodeableConcept codeOf(MeasurementType type) {
        CodeableConcept code = code(type.loinc(), type.snomed(), type.nameNb());
        if (type == MeasurementType.SPO2) {
            code.getCoding().add(1, new Coding(FhirSystems.LOINC, ObservationCodes.OXYGEN_SATURATION_LOINC, null));
        }
        return code;
    }

    private static Observation.ObservationComponentComponent component(ObservationRecord.Value value, Limits limits) {
        Observation.ObservationComponentComponent c = new Observation.ObservationComponentComponent(codeOf(value.type()));
        c.setValue(ObservationInterpretation.quantity(value.type(), value.value()));
        c.addInterpretation(ObservationInterpretation.of(value, limits, null));
        ObservationInterpretation.ranges(value.type(), limits).forEach(c::addReferenceRange);
        return c;
    }

    private static CodeableConcept code(String loinc, String snomed, String text) {
        return new CodeableConcept(new Coding(FhirSystems.LOINC, loinc, null)).addCoding(
                new Coding(FhirSystems.SNOMED, snomed, null)).setText(text);
    }

    private static ca.uhn.fhir.model.api.TemporalPrecisionEnum precisionOf(ObservationRecord record) {
        return record.measuredAt().getNano() == 0 ? ca.uhn.fhir.model.api.TemporalPrecisionEnum.SECOND
                : ca.uhn.fhir.model.api.TemporalPrecisionEnum.MILLI;
    }
}

package no.mila.dho.fhir;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;

/**
 * A report as a device gateway or app that speaks FHIR sends it: a {@code transaction} Bundle whose identifier
 * ({@code urn:mila:dho:report-id}, a UUID) is the report id, with one Observation per value, each conforming to its
 * R4 vital-signs profile (category vital-signs, LOINC code, UCUM quantity, effectiveDateTime), POSTed as Observation.
 */
final class HospitalFhirReport {

    static final String LOINC = "http://loinc.org";
    static final String UCUM = "http://unitsofmeasure.org";
    static final String PROFILES = "http://hl7.org/fhir/StructureDefinition/";

    private HospitalFhirReport() {
    }

    /** SpO2 96 % and heart rate 72/min measured at {@code at}, as report {@code reportId} of the patient. */
    static Bundle transaction(String reportId, String patientId, OffsetDateTime at) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION)
                .setIdentifier(new Identifier().setSystem(HospitalFhirClientIT.REPORT_ID).setValue(reportId));
        // the oxygensat profile asks for 2708-6 (oxygen saturation in arterial blood) next to the pulse oximetry code
        add(bundle, observation("oxygensat", patientId, at, "%", 96, new Coding(LOINC, "59408-5",
                "Oxygen saturation in Arterial blood by Pulse oximetry"), new Coding(LOINC, "2708-6",
                "Oxygen saturation in Arterial blood")));
        add(bundle, observation("heartrate", patientId, at, "/min", 72, new Coding(LOINC, "8867-4", "Heart rate")));
        return bundle;
    }

    private static Observation observation(String profile, String patientId, OffsetDateTime at, String unit,
                                           int value, Coding... codes) {
        Observation observation = new Observation();
        observation.getMeta().addProfile(PROFILES + profile);
        observation.setStatus(Observation.ObservationStatus.FINAL);
        observation.addCategory(new CodeableConcept(new Coding(
                "http://terminology.hl7.org/CodeSystem/observation-category", "vital-signs", "Vital Signs")));
        CodeableConcept code = new CodeableConcept();
        for (Coding coding : codes) {
            code.addCoding(coding);
        }
        observation.setCode(code);
        observation.setSubject(new Reference("Patient/" + patientId));
        observation.setEffective(new DateTimeType(Date.from(at.toInstant())));
        observation.setValue(new Quantity().setValue(BigDecimal.valueOf(value)).setUnit(unit).setSystem(UCUM)
                .setCode(unit));
        return observation;
    }

    private static void add(Bundle bundle, Observation observation) {
        bundle.addEntry().setFullUrl("urn:uuid:" + UUID.randomUUID()).setResource(observation)
                .getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl("Observation");
    }
}

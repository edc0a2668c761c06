package no.mila.dho.fhir.observation;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import no.mila.dho.fhir.server.FhirSystems;
import no.mila.dho.measurement.domain.MeasurementType;

/**
 * The codes of the vital-signs Observations (R4 vital-signs profiles) beyond those of {@link FhirSystems} and
 * {@link MeasurementType}: the category, the blood pressure panel, SpO2's second LOINC code (the oxygensat profile
 * requires 2708-6; the value is measured by pulse oximetry, 59408-5), the interpretation and reference range systems,
 * and which types a searched code stands for.
 */
public final class ObservationCodes {

    public static final String CATEGORY_SYSTEM = "http://terminology.hl7.org/CodeSystem/observation-category";
    public static final String VITAL_SIGNS = "vital-signs";
    public static final String INTERPRETATION = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";
    public static final String REFERENCE_RANGE_MEANING = "http://terminology.hl7.org/CodeSystem/referencerange-meaning";
    public static final String BP_PANEL_LOINC = "85354-9";
    public static final String BP_PANEL_SNOMED = "75367002";
    public static final String OXYGEN_SATURATION_LOINC = "2708-6";
    /** The traffic-light zone of a report (GREEN, YELLOW, RED), in the answer to a report sent over FHIR. */
    public static final String ZONE = "urn:mila:dho:zone";
    private static final String PROFILE = "http://hl7.org/fhir/StructureDefinition/";
    /** The base vital-signs profile, for a systolic pressure stored without its diastolic (not expected). */
    public static final String VITAL_SIGNS_PROFILE = PROFILE + "vitalsigns";

    private ObservationCodes() {
    }

    /** The vital-signs profile of an Observation of this type (blood pressure: the panel's). */
    public static String profile(MeasurementType type) {
        return PROFILE + switch (type) {
            case SYSTOLIC, DIASTOLIC -> "bp";
            case PULSE -> "heartrate";
            case SPO2 -> "oxygensat";
            case BODY_WEIGHT -> "bodyweight";
            case BODY_TEMPERATURE -> "bodytemp";
        };
    }

    /**
     * The types whose Observations carry {@code code} (LOINC or SNOMED CT; no system: either): the panel and either
     * of its components find the blood pressure readings ({@link MeasurementType#SYSTOLIC} stands for the reading).
     * An unknown code or system finds nothing.
     */
    public static Set<MeasurementType> typesOf(String system, String code) {
        boolean anySystem = system == null || system.isEmpty();
        boolean loinc = anySystem || FhirSystems.LOINC.equals(system);
        boolean snomed = anySystem || FhirSystems.SNOMED.equals(system);
        if ((loinc && code.equals(BP_PANEL_LOINC)) || (snomed && code.equals(BP_PANEL_SNOMED))) {
            return EnumSet.of(MeasurementType.SYSTOLIC);
        }
        if (loinc && code.equals(OXYGEN_SATURATION_LOINC)) {
            return EnumSet.of(MeasurementType.SPO2);
        }
        Set<MeasurementType> types = EnumSet.noneOf(MeasurementType.class);
        for (MeasurementType type : MeasurementType.values()) {
            if ((loinc && code.equals(type.loinc())) || (snomed && code.equals(type.snomed()))) {
                types.add(type == MeasurementType.DIASTOLIC ? MeasurementType.SYSTOLIC : type);
            }
        }
        return types;
    }

    /** The single measurement type of a LOINC or SNOMED CT code (systolic, diastolic as themselves), if any. */
    public static Optional<MeasurementType> typeOf(String system, String code) {
        if (code == null) {
            return Optional.empty();
        }
        if (FhirSystems.LOINC.equals(system) && code.equals(OXYGEN_SATURATION_LOINC)) {
            return Optional.of(MeasurementType.SPO2);
        }
        for (MeasurementType type : MeasurementType.values()) {
            if ((FhirSystems.LOINC.equals(system) && code.equals(type.loinc()))
                    || (FhirSystems.SNOMED.equals(system) && code.equals(type.snomed()))) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code system|code} is the blood pressure panel. */
    public static boolean isPanel(String system, String code) {
        return (FhirSystems.LOINC.equals(system) && BP_PANEL_LOINC.equals(code))
                || (FhirSystems.SNOMED.equals(system) && BP_PANEL_SNOMED.equals(code));
    }
}

package no.mila.dho.fhir.observation;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import no.mila.dho.measurement.application.ObservationRecord;
import no.mila.dho.measurement.domain.Limits;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.measurement.domain.Zone;
import no.mila.dho.testsupport.FhirValidation;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.Test;

class ObservationMappingTest {

    private static final FhirContext FHIR = FhirContext.forR4Cached();
    private static final UUID PATIENT = UUID.randomUUID();
    private static final UUID SET = UUID.randomUUID();
    private static final Instant MEASURED = Instant.parse("2026-03-02T07:15:00Z");
    private static final Instant RECEIVED = Instant.parse("2026-03-02T07:15:30Z");
    private static final ObservationRecord.Entered PATIENT_SENT = new ObservationRecord.Entered("Pasient", "patient",
            false, null);

    /** The COPD defaults (V3), with a weight limit for the weight cases. */
    private static Map<MeasurementType, Limits> copd() {
        Map<MeasurementType, Limits> limits = new EnumMap<>(MeasurementType.class);
        limits.put(MeasurementType.SPO2, Limits.of(88, 92, null, null));
        limits.put(MeasurementType.PULSE, Limits.of(40, 50, 100, 120));
        limits.put(MeasurementType.BODY_TEMPERATURE, Limits.of(35.0, 35.5, 38.0, 39.0));
        limits.put(MeasurementType.SYSTOLIC, Limits.of(90, 100, 160, 180));
        limits.put(MeasurementType.DIASTOLIC, Limits.of(40, 50, 100, 110));
        limits.put(MeasurementType.BODY_WEIGHT, Limits.of(40, null, null, 150));
        return limits;
    }

    static ObservationRecord.Value value(MeasurementType type, String value, Zone zone) {
        return new ObservationRecord.Value(UUID.randomUUID(), type, new BigDecimal(value), type.unit(), zone, false,
                false, null, null, null);
    }

    static ObservationRecord record(ObservationRecord.Value value, ObservationRecord.Value diastolic,
                                    ObservationRecord.Trend trend) {
        return new ObservationRecord(PATIENT, UUID.randomUUID(), UUID.randomUUID(), MEASURED, RECEIVED, PATIENT_SENT,
                null, null, SET, value, diastolic, trend);
    }

    private static Observation map(ObservationRecord record) {
        Observation o = ObservationMapping.toFhir(record, copd());
        FhirValidation.assertValid(FHIR.newJsonParser().encodeResourceToString(o));
        return o;
    }

    private static String interpretation(Observation o) {
        return o.getInterpretationFirstRep().getCodingFirstRep().getCode();
    }

    @Test
    void every_type_has_its_profile_codes_and_ucum_unit() {
        for (MeasurementType type : new MeasurementType[] {MeasurementType.PULSE, MeasurementType.SPO2,
                MeasurementType.BODY_WEIGHT, MeasurementType.BODY_TEMPERATURE}) {
            String number = switch (type) {
                case PULSE -> "70";
                case SPO2 -> "96";
                case BODY_WEIGHT -> "80.5";
                default -> "37.0";
            };
            Observation o = map(record(value(type, number, Zone.GREEN), null, null));
            assertThat(o.getMeta().getProfile().get(0).getValue()).isEqualTo(ObservationCodes.profile(type));
            assertThat(o.getCode().getCoding()).extracting(Coding::getCode).contains(type.loinc(), type.snomed());
            assertThat(o.getValueQuantity().getCode()).isEqualTo(type.ucum());
            assertThat(o.getValueQuantity().getSystem()).isEqualTo("http://unitsofmeasure.org");
            assertThat(interpretation(o)).isEqualTo("N");
            assertThat(o.getStatus()).isEqualTo(Observation.ObservationStatus.FINAL);
            assertThat(o.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("vital-signs");
            assertThat(o.getEffectiveDateTimeType().getValue().toInstant()).isEqualTo(MEASURED);
            assertThat(o.getIssued().toInstant()).isEqualTo(RECEIVED);
            assertThat(o.getPerformerFirstRep().getReference()).isEqualTo("Patient/" + PATIENT);
            assertThat(o.getSubject().getReference()).isEqualTo("Patient/" + PATIENT);
        }
    }

    @Test
    void spo2_has_both_loinc_codes_and_red_below_is_critical_low() {
        Observation o = map(record(value(MeasurementType.SPO2, "75", Zone.RED), null, null));
        assertThat(o.getCode().getCoding()).extracting(Coding::getCode).contains("59408-5", "2708-6", "431314004");
        assertThat(interpretation(o)).isEqualTo("LL");
        assertThat(o.getInterpretationFirstRep().getText()).startsWith("Rød sone");
        assertThat(o.getReferenceRange()).hasSize(2);
        assertThat(o.getReferenceRange().get(0).getLow().getValue()).isEqualByComparingTo("92");
        assertThat(o.getReferenceRange().get(0).hasHigh()).isFalse();
        assertThat(o.getReferenceRange().get(1).getLow().getValue()).isEqualByComparingTo("88");
    }

    @Test
    void each_zone_side_has_its_code() {
        assertThat(interpretation(map(record(value(MeasurementType.SPO2, "90", Zone.YELLOW), null, null))))
                .isEqualTo("L");
        assertThat(interpretation(map(record(value(MeasurementType.BODY_TEMPERATURE, "38.5", Zone.YELLOW), null,
                null)))).isEqualTo("H");
        assertThat(interpretation(map(record(value(MeasurementType.BODY_TEMPERATURE, "39.5", Zone.RED), null,
                null)))).isEqualTo("HH");
        assertThat(interpretation(map(record(value(MeasurementType.PULSE, "45", Zone.YELLOW), null, null))))
                .isEqualTo("L");
        assertThat(interpretation(map(record(value(MeasurementType.PULSE, "130", Zone.RED), null, null))))
                .isEqualTo("HH");
        assertThat(interpretation(map(record(value(MeasurementType.PULSE, "35", Zone.RED), null, null))))
                .isEqualTo("LL");
    }

    @Test
    void blood_pressure_is_one_panel_with_two_components_and_the_worse_interpretation() {
        ObservationRecord.Value systolic = value(MeasurementType.SYSTOLIC, "185", Zone.RED);
        Observation o = map(record(systolic, value(MeasurementType.DIASTOLIC, "95", Zone.GREEN), null));
        assertThat(o.getIdElement().getIdPart()).isEqualTo(systolic.id().toString());
        assertThat(o.getMeta().getProfile().get(0).getValue()).isEqualTo("http://hl7.org/fhir/StructureDefinition/bp");
        assertThat(o.getCode().getCoding()).extracting(Coding::getCode).contains("85354-9");
        assertThat(o.hasValue()).isFalse();
        assertThat(o.getComponent()).hasSize(2);
        assertThat(o.getComponent().get(0).getCode().getCodingFirstRep().getCode()).isEqualTo("8480-6");
        assertThat(o.getComponent().get(1).getCode().getCodingFirstRep().getCode()).isEqualTo("8462-4");
        assertThat(o.getComponent().get(0).getInterpretationFirstRep().getCodingFirstRep().getCode()).isEqualTo("HH");
        assertThat(o.getComponent().get(1).getInterpretationFirstRep().getCodingFirstRep().getCode()).isEqualTo("N");
        assertThat(interpretation(o)).isEqualTo("HH");
        assertThat(o.getComponent().get(0).getReferenceRange()).hasSize(2);
    }

    @Test
    void a_value_that_could_not_be_judged_is_indeterminate() {
        ObservationRecord.Value weight = new ObservationRecord.Value(UUID.randomUUID(), MeasurementType.BODY_WEIGHT,
                new BigDecimal("80"), "kg", Zone.YELLOW, true, false, null, null, null);
        Observation o = map(record(weight, null, null));
        assertThat(interpretation(o)).isEqualTo("IND");
        assertThat(o.getInterpretationFirstRep().getText()).contains("kan ikke vurderes");
        ObservationRecord.Value diastolic = new ObservationRecord.Value(UUID.randomUUID(), MeasurementType.DIASTOLIC,
                new BigDecimal("80"), "mmHg", Zone.YELLOW, true, false, null, null, null);
        Observation bp = map(record(value(MeasurementType.SYSTOLIC, "130", Zone.GREEN), diastolic, null));
        assertThat(bp.getComponent().get(1).getInterpretationFirstRep().getCodingFirstRep().getCode()).isEqualTo("IND");
        assertThat(interpretation(bp)).isEqualTo("IND");
        // yellow, but no limit of the version on that side: indeterminate too
        Observation unexplained = map(record(value(MeasurementType.SPO2, "99", Zone.YELLOW), null, null));
        assertThat(interpretation(unexplained)).isEqualTo("IND");
    }

    @Test
    void a_weight_made_yellow_or_red_by_the_trend_is_high() {
        ObservationRecord.Value weight = value(MeasurementType.BODY_WEIGHT, "82", Zone.GREEN);
        Observation yellow = map(record(weight, null, new ObservationRecord.Trend(Zone.YELLOW, "Vekten din har økt 2 kg")));
        assertThat(interpretation(yellow)).isEqualTo("H");
        assertThat(yellow.getInterpretationFirstRep().getText()).contains("vektøkning").contains("økt 2 kg");
        Observation red = map(record(weight, null, new ObservationRecord.Trend(Zone.RED, "Vekten din har økt 3 kg")));
        assertThat(interpretation(red)).isEqualTo("HH");
        Observation green = map(record(weight, null, new ObservationRecord.Trend(Zone.GREEN, null)));
        assertThat(interpretation(green)).isEqualTo("N");
    }

    @Test
    void an_invalidated_value_is_entered_in_error_with_the_reason_and_updated_when_marked() {
        Instant marked = RECEIVED.plusSeconds(3600);
        ObservationRecord.Value pulse = new ObservationRecord.Value(UUID.randomUUID(), MeasurementType.PULSE,
                new BigDecimal("190"), "/min", Zone.RED, false, true, "Feil på apparatet", "Nora Sykepleier", marked);
        Observation o = map(record(pulse, null, null));
        assertThat(o.getStatus()).isEqualTo(Observation.ObservationStatus.ENTEREDINERROR);
        assertThat(o.getNoteFirstRep().getText()).contains("Feil på apparatet");
        assertThat(o.getMeta().getLastUpdated().toInstant()).isEqualTo(marked);
        ObservationRecord.Value diastolic = new ObservationRecord.Value(UUID.randomUUID(), MeasurementType.DIASTOLIC,
                new BigDecimal("80"), "mmHg", Zone.GREEN, false, true, "Mansjetten satt feil", "Nora", marked);
        Observation bp = map(record(value(MeasurementType.SYSTOLIC, "130", Zone.GREEN), diastolic, null));
        assertThat(bp.getStatus()).isEqualTo(Observation.ObservationStatus.ENTEREDINERROR);
        assertThat(bp.getNoteFirstRep().getText()).startsWith("Diastolisk").contains("Mansjetten");
    }

    @Test
    void a_report_entered_on_behalf_names_the_nurse_and_a_device_is_contained() {
        ObservationRecord r = new ObservationRecord(PATIENT, UUID.randomUUID(), UUID.randomUUID(), MEASURED, RECEIVED,
                new ObservationRecord.Entered("Nora Sykepleier", "nurse", true, "Lest opp på telefon"),
                "Nonin 3230", "SN-123", SET, value(MeasurementType.SPO2, "95", Zone.GREEN), null, null);
        Observation o = map(r);
        assertThat(o.getPerformerFirstRep().getReference()).isEqualTo("#enterer");
        assertThat(o.getPerformerFirstRep().getDisplay()).contains("Nora Sykepleier").contains("på vegne av");
        assertThat(o.getNote()).extracting(n -> n.getText()).anyMatch(t -> t.contains("Lest opp på telefon"));
        assertThat(o.getDevice().getReference()).isEqualTo("#device");
        Device device = (Device) o.getContained().stream().filter(c -> c instanceof Device).findFirst().orElseThrow();
        assertThat(device.getSerialNumber()).isEqualTo("SN-123");
        assertThat(device.getType().getText()).isEqualTo("Nonin 3230");
        assertThat(o.getIdentifierFirstRep().getValue()).isEqualTo(r.clientReportId().toString());
    }

    @Test
    void a_value_without_a_threshold_version_has_no_ranges() {
        ObservationRecord r = record(value(MeasurementType.PULSE, "70", Zone.GREEN), null, null);
        Observation o = ObservationMapping.toFhir(r, Map.of());
        FhirValidation.assertValid(FHIR.newJsonParser().encodeResourceToString(o));
        assertThat(o.getReferenceRange()).isEmpty();
        assertThat(interpretation(o)).isEqualTo("N");
    }
}

package no.mila.dho.fhir.threshold;

import java.math.BigDecimal;
import java.util.Date;
import java.util.Map;
import no.mila.dho.fhir.server.FhirSystems;
import no.mila.dho.measurement.domain.Limits;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.measurement.domain.ThresholdSet;
import no.mila.dho.threshold.application.ChangeRequestDetails;
import no.mila.dho.threshold.application.StoredThresholdSet;
import no.mila.dho.threshold.application.ThresholdVersion;
import org.hl7.fhir.r4.model.Basic;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

/**
 * One version of a patient's thresholds (the traffic-light limits) as a FHIR {@code Basic} resource: FHIR R4 has no
 * resource for patient-specific alert limits (ObservationDefinition has no subject), and {@code Basic} is FHIR's
 * resource for such concepts. The resource id is the patient's id and {@code meta.versionId} the version number, so
 * {@code Basic/<patient>/_history} lists every version and {@code _history/<n>} reads one. The limits are in
 * extensions of this service ({@value #EXTENSION}{@code ...}, described in docs/fhir.md) and in the narrative, in
 * Norwegian; each Observation's {@code referenceRange} carries the limits its report was judged by.
 */
public final class ThresholdMapping {

    static final String EXTENSION = "urn:mila:dho:extension:";
    static final String KIND = "urn:mila:dho:resource-kind";

    private ThresholdMapping() {
    }

    public static Basic toFhir(ThresholdVersion version) {
        StoredThresholdSet set = version.set();
        Basic basic = new Basic();
        basic.setId(set.patientId().toString());
        basic.getMeta().setVersionId(String.valueOf(set.versionNo())).setLastUpdated(Date.from(set.createdAt()));
        basic.addIdentifier().setSystem("urn:mila:dho:threshold-set").setValue(set.id().toString());
        basic.setCode(new CodeableConcept(new Coding(KIND, "threshold-set", "Terskelverdier (trafikklys)"))
                .setText("Terskelverdier, versjon " + set.versionNo()));
        basic.setSubject(new Reference("Patient/" + set.patientId()));
        basic.setCreated(Date.from(set.createdAt()));
        ChangeRequestDetails request = version.changeRequest();
        if (request != null && request.request().orderedBy() != null) {
            basic.setAuthor(new Reference().setDisplay(request.request().orderedBy()));
        } else if (set.createdBy() != null) {
            basic.setAuthor(new Reference().setDisplay(set.createdBy()));
        }
        basic.addExtension(EXTENSION + "threshold-provisional", new BooleanType(set.provisional()));
        if (request != null) {
            basic.addExtension(origin("ordered", request.request().orderedBy(), request.request().orderedAt()));
            basic.addExtension(origin("verified", request.request().verifiedBy(), request.request().verifiedAt()));
        } else if (version.sourceDefaultVersion() != null) {
            basic.addExtension(EXTENSION + "threshold-default-version", new IntegerType(version.sourceDefaultVersion()));
        }
        ThresholdSet thresholds = set.thresholds();
        for (MeasurementType type : MeasurementType.values()) {
            Limits limits = thresholds.limitsOf(type);
            String notMeasured = thresholds.notMeasured().get(type);
            if (limits.equals(Limits.NONE) && notMeasured == null) {
                continue;
            }
            basic.addExtension(limits(type, limits, notMeasured));
        }
        thresholds.weightTrend().ifPresent(trend -> {
            Extension rule = basic.addExtension().setUrl(EXTENSION + "threshold-weight-trend");
            rule.addExtension("yellowGain", kg(trend.yellowGainKg()));
            rule.addExtension("redGain", kg(trend.redGainKg()));
            rule.addExtension("windowDays", new IntegerType(trend.windowDays()));
        });
        basic.setText(ThresholdNarrative.of(set, thresholds, request));
        return basic;
    }

    private static Extension origin(String step, String by, java.time.Instant at) {
        Extension origin = new Extension(EXTENSION + "threshold-" + step);
        if (by != null) {
            origin.addExtension("by", new StringType(by));
        }
        if (at != null) {
            origin.addExtension("at", new DateTimeType(Date.from(at)));
        }
        return origin;
    }

    private static Extension limits(MeasurementType type, Limits limits, String notMeasured) {
        Extension extension = new Extension(EXTENSION + "threshold-limits");
        extension.addExtension("code", new Coding(FhirSystems.LOINC, type.loinc(), type.nameEn()));
        Map.of("redLow", nullable(limits.redLow()), "yellowLow", nullable(limits.yellowLow()),
                "yellowHigh", nullable(limits.yellowHigh()), "redHigh", nullable(limits.redHigh()))
                .entrySet().stream().filter(e -> e.getValue().isPresent()).sorted(Map.Entry.comparingByKey())
                .forEach(e -> extension.addExtension(e.getKey(), quantity(type, e.getValue().get())));
        if (notMeasured != null) {
            extension.addExtension("notMeasured", new StringType(notMeasured));
        }
        return extension;
    }

    private static java.util.Optional<BigDecimal> nullable(BigDecimal value) {
        return java.util.Optional.ofNullable(value);
    }

    private static Quantity quantity(MeasurementType type, BigDecimal value) {
        return new Quantity().setValue(value).setUnit(type.displayUnit()).setSystem(FhirSystems.UCUM)
                .setCode(type.ucum());
    }

    private static Quantity kg(BigDecimal value) {
        return new Quantity().setValue(value).setUnit("kg").setSystem(FhirSystems.UCUM).setCode("kg");
    }

}

package no.mila.dho.fhir.observation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import no.mila.dho.fhir.server.FhirSystems;
import no.mila.dho.measurement.application.ObservationRecord;
import no.mila.dho.measurement.domain.Limits;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.measurement.domain.Zone;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation.ObservationReferenceRangeComponent;
import org.hl7.fhir.r4.model.Quantity;

/**
 * A value's zone as {@code Observation.interpretation} (v3 ObservationInterpretation) and the limits it was judged
 * against as {@code referenceRange}:
 * <ul>
 *   <li>GREEN is N; YELLOW is H or L, RED HH or LL, by the side of the limit the value crossed (recomputed from the
 *       version's limits, which never change; equal to a limit is on its milder side, as in {@link Limits});</li>
 *   <li>a value that could not be judged (yellow because its limits lack a red limit: the evaluator's
 *       {@code NOT_EVALUABLE}), or whose yellow/red no limit of the version explains, is IND with the reason in text;</li>
 *   <li>a body weight made yellow or red by the weight trend rule (a gain over days, not the value itself) is H or HH
 *       with the trend's reason in text.</li>
 * </ul>
 * The text says the zone in Norwegian ("Rød sone"). Reference ranges: the green range (low = yellow low, or red low
 * when there is none; high likewise), type {@code normal}; and the red limits as a second range, type text
 * "Grenser for rød sone" (a value below its low or above its high is red). The weight trend rule has no range.
 */
final class ObservationInterpretation {

    private ObservationInterpretation() {
    }

    static CodeableConcept of(ObservationRecord.Value value, Limits limits, ObservationRecord.Trend trend) {
        if (trend != null && trend.zone().compareTo(value.zone()) > 0) {
            return concept(trend.zone() == Zone.RED ? "HH" : "H", zoneText(trend.zone()) + " (vektøkning)"
                    + (trend.reasonNb() == null ? "" : ": " + trend.reasonNb()));
        }
        if (value.notEvaluable()) {
            return indeterminate(value.zone(), "verdien kan ikke vurderes mot terskelverdiene, som mangler en rød "
                    + "grense for denne målingen");
        }
        if (value.zone() == Zone.GREEN) {
            return concept("N", zoneText(Zone.GREEN));
        }
        Limits.Classification c = limits.classify(value.value());
        if (c.zone() != value.zone()) {
            return indeterminate(value.zone(), "ingen grense i terskelverdiene forklarer sonen");
        }
        boolean red = value.zone() == Zone.RED;
        String code = c.below() ? (red ? "LL" : "L") : (red ? "HH" : "H");
        return concept(code, zoneText(value.zone()) + (c.below() ? " (under " : " (over ")
                + (red ? "rød" : "gul") + " grense " + plain(c.crossedLimit().orElseThrow()) + ")");
    }

    static List<ObservationReferenceRangeComponent> ranges(MeasurementType type, Limits limits) {
        List<ObservationReferenceRangeComponent> ranges = new ArrayList<>();
        BigDecimal low = limits.yellowLow() != null ? limits.yellowLow() : limits.redLow();
        BigDecimal high = limits.yellowHigh() != null ? limits.yellowHigh() : limits.redHigh();
        if (low != null || high != null) {
            ObservationReferenceRangeComponent green = range(type, low, high).setText("Grønn sone");
            green.getType().addCoding(new Coding(ObservationCodes.REFERENCE_RANGE_MEANING, "normal", "Normal Range"));
            ranges.add(green);
        }
        if (limits.redLow() != null || limits.redHigh() != null) {
            ObservationReferenceRangeComponent red = range(type, limits.redLow(), limits.redHigh())
                    .setText("Grenser for rød sone: en verdi under den nedre eller over den øvre grensen er rød");
            red.getType().setText("Grenser for rød sone");
            ranges.add(red);
        }
        return ranges;
    }

    /** The zone the interpretation stands for (a weight's trend included), to pick the worse of a pair. */
    static Zone zoneOf(ObservationRecord.Value value, ObservationRecord.Trend trend) {
        return trend == null ? value.zone() : value.zone().worst(trend.zone());
    }

    static String zoneText(Zone zone) {
        return switch (zone) {
            case GREEN -> "Grønn sone";
            case YELLOW -> "Gul sone";
            case RED -> "Rød sone";
        };
    }

    private static ObservationReferenceRangeComponent range(MeasurementType type, BigDecimal low, BigDecimal high) {
        ObservationReferenceRangeComponent range = new ObservationReferenceRangeComponent();
        if (low != null) {
            range.setLow(quantity(type, low));
        }
        if (high != null) {
            range.setHigh(quantity(type, high));
        }
        return range;
    }

    static Quantity quantity(MeasurementType type, BigDecimal value) {
        return new Quantity().setValue(new BigDecimal(plain(value))).setUnit(type.displayUnit())
                .setSystem(FhirSystems.UCUM).setCode(type.ucum());
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static CodeableConcept indeterminate(Zone zone, String why) {
        return concept("IND", zoneText(zone) + ": " + why);
    }

    private static CodeableConcept concept(String code, String text) {
        return new CodeableConcept(new Coding(ObservationCodes.INTERPRETATION, code, display(code))).setText(text);
    }

    private static String display(String code) {
        return switch (code) {
            case "N" -> "Normal";
            case "H" -> "High";
            case "L" -> "Low";
            case "HH" -> "Critical high";
            case "LL" -> "Critical low";
            default -> "Indeterminate";
        };
    }
}

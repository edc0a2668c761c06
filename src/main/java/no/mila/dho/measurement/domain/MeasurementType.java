package no.mila.dho.measurement.domain;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

/**
 * The home measurements, each in its one canonical unit, with the standard codes of the FHIR mapping and the
 * physiologically possible range: a value outside it is a device or typing error and is refused; a value
 * inside it, however extreme (SpO2 70 %), is accepted, because it is exactly what must turn red.
 */
public enum MeasurementType {
    SYSTOLIC("Systolisk blodtrykk", "Systolic blood pressure", "mmHg", "mm[Hg]", "8480-6", "271649006", 40, 300),
    DIASTOLIC("Diastolisk blodtrykk", "Diastolic blood pressure", "mmHg", "mm[Hg]", "8462-4", "271650006", 20, 200),
    PULSE("Puls", "Pulse", "/min", "/min", "8867-4", "364075005", 20, 300),
    SPO2("Oksygenmetning (SpO2)", "SpO2", "%", "%", "59408-5", "431314004", 30, 100),
    BODY_WEIGHT("Vekt", "Body weight", "kg", "kg", "29463-7", "27113001", 10, 400),
    BODY_TEMPERATURE("Temperatur", "Body temperature", "Cel", "Cel", "8310-5", "276885007", 25, 45);

    private final String nameNb;
    private final String nameEn;
    private final String unit;
    private final String ucum;
    private final String loinc;
    private final String snomed;
    private final BigDecimal possibleMin;
    private final BigDecimal possibleMax;

    MeasurementType(String nameNb, String nameEn, String unit, String ucum, String loinc, String snomed,
                    int possibleMin, int possibleMax) {
        this.nameNb = nameNb;
        this.nameEn = nameEn;
        this.unit = unit;
        this.ucum = ucum;
        this.loinc = loinc;
        this.snomed = snomed;
        this.possibleMin = BigDecimal.valueOf(possibleMin);
        this.possibleMax = BigDecimal.valueOf(possibleMax);
    }

    public String nameNb() {
        return nameNb;
    }

    public String nameEn() {
        return nameEn;
    }

    /** The canonical unit this service accepts, as the API spells it. */
    public String unit() {
        return unit;
    }

    public String ucum() {
        return ucum;
    }

    public String loinc() {
        return loinc;
    }

    public String snomed() {
        return snomed;
    }

    public BigDecimal possibleMin() {
        return possibleMin;
    }

    public BigDecimal possibleMax() {
        return possibleMax;
    }

    public boolean isPossible(BigDecimal value) {
        return value.compareTo(possibleMin) >= 0 && value.compareTo(possibleMax) <= 0;
    }

    /** The unit as written after a value for a reader: "%" and "kg" as is, "Cel" as "°C". */
    public String displayUnit() {
        return this == BODY_TEMPERATURE ? "°C" : unit;
    }

    /**
     * The sides of the range where a value of this type means danger: a threshold set of a pathway that measures
     * the type needs a red limit on each of them (SpO2 low; systolic and pulse both; diastolic and temperature
     * high). Body weight has none: its danger is a gain, so the weight trend rule's red gain stands for it.
     */
    public Set<Side> dangerousSides() {
        return switch (this) {
            case SPO2 -> EnumSet.of(Side.LOW);
            case SYSTOLIC, PULSE -> EnumSet.of(Side.LOW, Side.HIGH);
            case DIASTOLIC, BODY_TEMPERATURE -> EnumSet.of(Side.HIGH);
            case BODY_WEIGHT -> EnumSet.noneOf(Side.class);
        };
    }

    /** A side of a measurement's range. */
    public enum Side { LOW, HIGH }
}

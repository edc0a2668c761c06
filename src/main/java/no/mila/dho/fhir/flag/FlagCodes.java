package no.mila.dho.fhir.flag;

import no.mila.dho.measurement.domain.Zone;

/**
 * The code systems of the {@code Flag} of an alert: HL7's flag category (every alert is {@code clinical}), and this
 * service's own system of alert zones ({@value #ALERT_ZONE}: {@code RED}, {@code YELLOW}, {@code GREEN}, the names of
 * {@link Zone}) with the Norwegian display the nurses see.
 */
public final class FlagCodes {

    /** HL7's categories of flags. */
    public static final String FLAG_CATEGORY = "http://terminology.hl7.org/CodeSystem/flag-category";
    public static final String CLINICAL = "clinical";
    public static final String CLINICAL_DISPLAY = "Clinical";

    /** The zone of an alert (traffic light): the code is the zone's name. */
    public static final String ALERT_ZONE = "urn:mila:dho:alert-zone";

    /** The FHIR {@code Flag.status} values. */
    public static final String ACTIVE = "active";
    public static final String INACTIVE = "inactive";
    public static final String ENTERED_IN_ERROR = "entered-in-error";
    public static final String FLAG_STATUS = "http://hl7.org/fhir/flag-status";

    private FlagCodes() {
    }

    /** "Rød", "Gul", "Grønn". */
    public static String display(Zone zone) {
        return switch (zone) {
            case RED -> "Rød";
            case YELLOW -> "Gul";
            case GREEN -> "Grønn";
        };
    }
}

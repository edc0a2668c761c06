package no.mila.dho.worklist.domain;

import no.mila.dho.patient.domain.EquipmentType;

/**
 * The Norwegian texts of a doubt about a device: the message asking the patient for a control measurement, and the
 * details of the tasks. The device-check task is what the coordinator sees, so it names the device and nothing
 * clinical (no values, zones or reasons).
 */
public final class DeviceDoubtTexts {

    public static final String CONTROL_SUBJECT = "Ny kontrollmåling";
    public static final String CONTROL_TASK = "Kontrollmåling bedt om: se om den nye målingen er kommet";
    static final String CONTROL_REQUEST = "Oppfølgingstjenesten ber deg måle på nytt. Sjekk at apparatet er riktig "
            + "plassert og at du sitter i ro, mål slik du har lært, og send målingen i appen.";

    private DeviceDoubtTexts() {
    }

    /** The message to the patient, with the nurse's note (if any) after it. */
    public static String controlMeasurement(String note) {
        return note == null || note.isBlank() ? CONTROL_REQUEST : CONTROL_REQUEST + "\n\n" + note.strip();
    }

    /** The detail of the device-check task: the visit and the device, if named. */
    public static String deviceCheck(EquipmentType device) {
        String visit = "Hjemmebesøk for å kontrollere utstyret";
        return device == null ? visit : visit + ": " + device.nameNb();
    }
}

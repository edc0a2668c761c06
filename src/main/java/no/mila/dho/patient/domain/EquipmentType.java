package no.mila.dho.patient.domain;

/** Medical equipment at the patient's home. */
public enum EquipmentType {
    BLOOD_PRESSURE_MONITOR("blodtrykksmåler"),
    PULSE_OXIMETER("pulsoksymeter"),
    SCALES("vekt"),
    THERMOMETER("termometer");

    private final String nameNb;

    EquipmentType(String nameNb) {
        this.nameNb = nameNb;
    }

    /** The device's name in Norwegian, as a noun within a sentence ({@code pulsoksymeter}): the one home of it. */
    public String nameNb() {
        return nameNb;
    }
}

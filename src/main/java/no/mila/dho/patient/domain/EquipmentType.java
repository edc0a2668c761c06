package no.mila.dho.patient.domain;

/** Medical equipment at the patient's home. */
public enum EquipmentType {
    BLOOD_PRESSURE_MONITOR, PULSE_OXIMETER, SCALES, THERMOMETER
}

package no.mila.dho.patient.domain;

/** Who referred the patient (henvisning); anyone may, with the patient's oral consent. */
public enum ReferralSource {
    GP, HOSPITAL_DEPARTMENT, HOME_NURSING, SELF, RELATIVE
}

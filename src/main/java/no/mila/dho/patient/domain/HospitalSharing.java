package no.mila.dho.patient.domain;

import java.util.Set;

/**
 * What decides whether a hospital's machine client may see a patient: the patient's consent to sharing with the
 * hospital at that moment ({@link Consent}: the written consent at allocation, which in the MILA model covers sharing
 * between hospital, municipality and GP, unless sharing with the hospital was withdrawn since) and the hospitals whose departments follow
 * the patient (the responsible department) or referred them (the consented episode's referring department).
 *
 * @param writtenConsent the patient's consent allows sharing with the hospital now (written, and not withdrawn)
 * @param hospitals      the codes of the hospitals that follow or referred the patient (may be empty)
 */
public record HospitalSharing(boolean writtenConsent, Set<String> hospitals) {

    /** Nothing shared with any hospital. */
    public static final HospitalSharing NONE = new HospitalSharing(false, Set.of());

    public HospitalSharing {
        hospitals = Set.copyOf(hospitals);
    }

    /** Whether this hospital may see the patient's data. */
    public boolean sharedWith(String hospital) {
        return writtenConsent && hospital != null && hospitals.contains(hospital);
    }
}

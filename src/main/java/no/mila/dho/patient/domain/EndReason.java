package no.mila.dho.patient.domain;

/** Why a pathway episode ends (avslutning); free text adds the details. */
public enum EndReason {
    /** Follow-up no longer helps the patient. */
    NO_LONGER_BENEFITS,
    /** Clashes with other services the patient receives. */
    CONFLICTS_WITH_OTHER_SERVICES,
    /** Not included after referral or assessment. */
    NOT_INCLUDED,
    PATIENT_WISH,
    /** Does not send measurements despite contact. */
    NOT_REPORTING,
    MOVED_OUT_OF_PARTNER_MUNICIPALITY,
    LONG_TERM_CARE,
    DECEASED,
    OTHER;

    /** Reasons for which the end takes effect without notice. */
    public boolean allowsImmediateEnd() {
        return this == DECEASED || this == NOT_INCLUDED || this == PATIENT_WISH || this == MOVED_OUT_OF_PARTNER_MUNICIPALITY;
    }
}

package no.mila.dho.audit.domain;

/** How a logged request ended. */
public enum AccessOutcome {
    /** The caller got or changed the data. */
    ALLOWED,
    /** The caller was refused: no or invalid token, wrong role, or not their patient (also answered 404). */
    DENIED,
    /** The caller had access, but the request was rejected (invalid input, illegal transition, conflict). */
    FAILED;

    public static AccessOutcome of(int httpStatus, boolean refusedByAccessPolicy) {
        if (refusedByAccessPolicy || httpStatus == 401 || httpStatus == 403) {
            return DENIED;
        }
        return httpStatus < 400 ? ALLOWED : FAILED;
    }
}

package no.mila.dho.shared.problem;

/**
 * The kinds of rejection this service answers with. The {@link #uri()} is the stable RFC 9457 {@code type};
 * clients may switch on it. Feature-specific kinds are added here as the features come.
 */
public enum ProblemType {
    VALIDATION_FAILED(400, "The request has invalid fields"),
    MALFORMED_REQUEST(400, "The request body could not be read"),
    BAD_REQUEST(400, "Bad request"),
    UNAUTHORIZED(401, "Authentication required"),
    FORBIDDEN(403, "Not allowed for your role"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    CONFLICT(409, "Conflict with the current state"),
    GONE(410, "No longer available"),
    CONCURRENT_MODIFICATION(409, "Changed by someone else in the meantime"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    UNPROCESSABLE(422, "The request cannot be carried out"),
    ILLEGAL_TRANSITION(409, "Not allowed in the current state"),
    INCLUSION_CRITERION_NOT_MET(422, "An inclusion criterion is not met"),
    REPORT_ID_REUSED(422, "The report id was already used for another report"),
    NOT_IN_FOLLOW_UP(409, "The patient is not in follow-up"),
    CHANGE_REQUEST_OPEN(409, "The patient already has an open threshold change request"),
    FOUR_EYES_REQUIRED(403, "A second person must do this"),
    INTERNAL_ERROR(500, "Internal error"),
    SERVICE_UNAVAILABLE(503, "Service unavailable");

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The stable type URI, e.g. {@code urn:dho:problem:validation-failed}. */
    public String uri() {
        return "urn:dho:problem:" + name().toLowerCase().replace('_', '-');
    }

    private boolean generic() {
        return this == BAD_REQUEST || this == UNAUTHORIZED || this == FORBIDDEN || this == NOT_FOUND
                || this == METHOD_NOT_ALLOWED || this == NOT_ACCEPTABLE || this == CONFLICT || this == GONE
                || this == UNSUPPORTED_MEDIA_TYPE || this == UNPROCESSABLE || this == INTERNAL_ERROR
                || this == SERVICE_UNAVAILABLE;
    }

    /** The generic kind for an HTTP status that no feature gave a kind of its own. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type.generic()) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : BAD_REQUEST;
    }
}

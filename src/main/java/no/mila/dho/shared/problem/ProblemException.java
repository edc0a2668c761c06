package no.mila.dho.shared.problem;

import java.util.List;

/**
 * A rejection that the application raises on purpose; it becomes a problem+json response with its type,
 * status, detail and (for validation) the invalid fields. The detail is written for the caller: it must
 * never carry internal text (SQL, class names).
 */
public class ProblemException extends RuntimeException {

    private final transient ProblemType type;
    private final transient List<FieldViolation> violations;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, String detail, List<FieldViolation> violations) {
        super(detail, null, false, false);
        this.type = type;
        this.violations = List.copyOf(violations);
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " was not found");
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION_FAILED, "The request has invalid fields",
                List.of(new FieldViolation(field, message)));
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}

package no.mila.dho.shared.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import no.mila.dho.shared.web.TextInput;

/**
 * The problem for a request body that Jackson refused, naming the field: a key given twice, a value of the wrong
 * type or format (no coercion, see {@code shared/web/StrictJson}), text with control characters, an unknown
 * field; or {@code body} when the body is not one well-formed JSON document.
 */
final class JsonProblems {

    /** Jackson has no exception type of its own for a duplicate key; its message is stable since 2.3. */
    private static final String DUPLICATE_KEY = "Duplicate field";

    private JsonProblems() {
    }

    static Response of(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        StreamReadException duplicate = duplicateKey(e);
        if (duplicate != null) {
            return invalid(JsonPaths.of(duplicate), "is given more than once", uri, headers);
        }
        if (e instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            return invalid(JsonPaths.of(mismatched), messageFor(mismatched), uri, headers);
        }
        return ProblemResponses.of(ProblemType.MALFORMED_REQUEST, "The body is not well-formed JSON",
                List.of(new FieldViolation(JsonPaths.BODY, "must be exactly one well-formed JSON document")), uri,
                headers);
    }

    private static String messageFor(MismatchedInputException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "unknown field";
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() == String.class) {
            return TextInput.REFUSED;
        }
        return "has the wrong type or format";
    }

    private static StreamReadException duplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StreamReadException read && read.getOriginalMessage() != null
                    && read.getOriginalMessage().startsWith(DUPLICATE_KEY)) {
                return read;
            }
        }
        return null;
    }

    private static Response invalid(String field, String message, UriInfo uri, HttpHeaders headers) {
        return ProblemResponses.of(ProblemType.VALIDATION_FAILED, "The request has invalid fields",
                List.of(new FieldViolation(field, message)), uri, headers);
    }
}

package no.mila.dho.shared.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem details body ({@code application/problem+json}). {@code type} is stable per kind of
 * rejection (see {@link ProblemType}); {@code errors} lists the invalid fields of a validation error;
 * {@code requestId} is the id echoed in the {@code X-Request-Id} header and written to the logs.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "requestId", "errors"})
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(String type, String title, int status, String detail, String instance, String requestId,
                      List<FieldViolation> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}

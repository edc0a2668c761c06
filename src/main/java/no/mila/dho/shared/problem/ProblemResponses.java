package no.mila.dho.shared.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import no.mila.dho.shared.web.RequestId;

/** Builds the problem+json response for the current request. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static Response of(ProblemType type, String detail, List<FieldViolation> errors, UriInfo uri, HttpHeaders headers) {
        return builder(type, detail, errors, uri, headers).build();
    }

    static Response.ResponseBuilder builder(ProblemType type, String detail, List<FieldViolation> errors,
                                            UriInfo uri, HttpHeaders headers) {
        Problem problem = new Problem(type.uri(), type.title(), type.status(), detail,
                uri == null ? null : uri.getRequestUri().getRawPath(),
                headers == null ? null : headers.getHeaderString(RequestId.HEADER),
                errors == null || errors.isEmpty() ? null : errors);
        return Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(problem);
    }
}

package no.mila.dho.shared.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;
import no.mila.dho.shared.problem.FieldViolation;
import no.mila.dho.shared.problem.HttpDetails;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A request body must say what it is: a body without {@code Content-Type} is refused with 415 like a body of
 * another media type, instead of being read as JSON on a guess.
 */
public class BodyMediaType {

    @ServerRequestFilter
    public void requireContentType(ContainerRequestContext request) {
        boolean hasBody = request.getLength() > 0 || request.getHeaderString("Transfer-Encoding") != null;
        if (hasBody && request.getMediaType() == null) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, HttpDetails.detailFor(415),
                    List.of(new FieldViolation("body", "has no Content-Type")));
        }
    }
}

package no.mila.dho.shared.web;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import no.mila.dho.shared.problem.ProblemException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Query and path parameters follow the same text rule as JSON bodies ({@link TextInput}), for every endpoint. */
public class TextParameters {

    @ServerRequestFilter
    public void refuseControlCharacters(UriInfo uri) {
        refuseIn(uri.getPathParameters());
        refuseIn(uri.getQueryParameters());
    }

    private static void refuseIn(MultivaluedMap<String, String> parameters) {
        parameters.forEach((name, values) -> {
            if (TextInput.hasControlCharacter(name) || values.stream().anyMatch(TextInput::hasControlCharacter)) {
                throw ProblemException.invalid(name, TextInput.REFUSED);
            }
        });
    }
}

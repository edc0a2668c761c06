package no.mila.dho.console.assets;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.mila.dho.console.csrf.CsrfChecked;
import no.mila.dho.shared.problem.ProblemException;

/**
 * The console's own style sheet and scripts ({@code /console/assets/<name>}), from the class path
 * ({@code console/assets/}): a plain file name of that folder (css, js, svg), never a path: nothing else is served.
 * Behind the sign-in like every console path ({@code quarkus.http.auth.permission.console}), so {@code @PermitAll}
 * here only says no role is needed beyond it.
 */
@Path("/console/assets")
@CsrfChecked
public class ConsoleAssetsResource {

    /** A file name of lower-case letters, digits and hyphens ending in .css, .js or .svg: never a path. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*\\.(css|js|svg)");

    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml");

    @GET
    @Path("/{name}")
    @PermitAll
    public Response asset(@PathParam("name") String name) {
        Matcher matcher = NAME.matcher(name);
        if (!matcher.matches()) {
            throw ProblemException.notFound("Asset " + name);
        }
        String type = TYPES.get(matcher.group(1));
        ClassLoader loader = ConsoleAssetsResource.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream("console/assets/" + name)) {
            if (in == null) {
                throw ProblemException.notFound("Asset " + name);
            }
            return Response.ok(in.readAllBytes(), type).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

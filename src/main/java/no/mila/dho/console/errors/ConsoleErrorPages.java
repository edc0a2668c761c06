package no.mila.dho.console.errors;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;
import no.mila.dho.shared.problem.Problem;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The console's error pages: a refusal or failure of a request under {@code /console} (the problem+json that
 * {@code ProblemExceptionMappers} makes of every exception: 400, 403, 404, 409, 500, ...) is answered with the same
 * status as a Norwegian HTML page ({@code data-testid="error"}) instead: what happened, what to do, a link back, and
 * the request id to quote. Nothing of the request's data is shown (a 403/404 of another municipality's patient
 * shows no patient data). Every other path, the JSON API and FHIR, keeps its problem+json exactly as it was: this
 * only rewrites responses whose path starts with {@code /console} and whose body is a {@link Problem}.
 */
public class ConsoleErrorPages {

    private static final Logger LOG = Logger.getLogger(ConsoleErrorPages.class);
    private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    @CheckedTemplate(basePath = "console/errors")
    static class Templates {
        static native TemplateInstance error(ErrorText error, String back, String backLabel, String requestId);
    }

    @ServerResponseFilter
    public void render(ContainerRequestContext request, ContainerResponseContext response) {
        if (!isConsole(request.getUriInfo().getPath()) || !(response.getEntity() instanceof Problem problem)) {
            return;
        }
        ErrorText text = ErrorText.of(problem.status());
        String back = backLink(request.getUriInfo().getPath());
        String label = back.equals("/console") ? "Til forsiden" : "Tilbake til " + ErrorText.pageName(back);
        String html;
        try {
            html = Templates.error(text, back, label, problem.requestId()).render();
        } catch (RuntimeException e) {
            // e.g. no signed-in person to show in the frame: the page without it
            LOG.debug("The console's error page without its frame", e);
            html = ErrorText.plainPage(text, back, label, problem.requestId());
        }
        response.setEntity(html, new Annotation[0], HTML);
    }

    static boolean isConsole(String path) {
        String p = path.startsWith("/") ? path : "/" + path;
        return p.equals("/console") || p.startsWith("/console/");
    }

    /** The page the request belongs to ({@code /console/<page>}), or the console's front page. */
    static String backLink(String path) {
        String[] parts = (path.startsWith("/") ? path.substring(1) : path).split("/");
        if (parts.length >= 2 && parts[1].matches("[a-z-]+") && ErrorText.knownPage(parts[1])) {
            return "/console/" + parts[1];
        }
        return "/console";
    }
}

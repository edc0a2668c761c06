package no.mila.dho.console.home;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.mila.dho.console.csrf.CsrfChecked;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.security.Roles;

/**
 * The console's front page ({@code /console}): who is signed in and the parts of the console their role opens; and
 * the page after signing out.
 */
@Path("/console")
@CsrfChecked
@Produces(MediaType.TEXT_HTML)
public class ConsoleHomeResource {

    @CheckedTemplate(basePath = "console/home")
    static class Templates {
        static native TemplateInstance home();

        static native TemplateInstance signedOut();
    }

    @GET
    @RolesAllowed({Roles.NURSE, Roles.PHYSICIAN, Roles.COORDINATOR, Roles.TEAM_LEADER, Roles.ADMIN})
    public TemplateInstance home() {
        return Templates.home();
    }

    /** Where Keycloak sends the browser back after signing out (reachable without a session: it shows nothing). */
    @GET
    @Path("/signed-out")
    @PermitAll
    public TemplateInstance signedOut() {
        return Templates.signedOut();
    }

    /**
     * Any other path under {@code /console} that no page answers (every page's own path is more specific and wins):
     * the Norwegian error page with 404 (console.errors), not the API's problem+json of the HTTP edge. Signed in
     * like every page; a POST there answers 405, also as the error page.
     */
    @GET
    @Path("/{unknown: .+}")
    @RolesAllowed({Roles.NURSE, Roles.PHYSICIAN, Roles.COORDINATOR, Roles.TEAM_LEADER, Roles.ADMIN})
    public TemplateInstance unknown() {
        throw ProblemException.notFound("This page of the console");
    }
}

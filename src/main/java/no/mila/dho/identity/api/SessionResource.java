package no.mila.dho.identity.api;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import no.mila.dho.shared.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who the service takes the caller to be: what the access token gave it. */
@Path("/api/session")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Session")
public class SessionResource {

    /** The caller as seen by the service. */
    public record SessionView(String subject, String name, Set<String> roles, String hpr, String municipality) {
    }

    private final CurrentUser user;

    public SessionResource(CurrentUser user) {
        this.user = user;
    }

    @GET
    @Authenticated
    @Operation(summary = "The caller's identity, roles, HPR number and municipality from the access token")
    public SessionView session() {
        return new SessionView(user.subject(), user.displayName(), user.roles(), user.hpr().orElse(null),
                user.municipality().orElse(null));
    }
}

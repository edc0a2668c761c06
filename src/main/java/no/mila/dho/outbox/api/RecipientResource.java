package no.mila.dho.outbox.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import no.mila.dho.outbox.application.RecipientRegister;
import no.mila.dho.outbox.domain.Recipient;
import no.mila.dho.outbox.domain.RecipientChange;
import no.mila.dho.shared.security.CurrentUser;
import no.mila.dho.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The recipient register (admin): who receives outgoing messages for an address (GP by HPR number, department or
 * hospital by code, home nursing or coordinator by kommunenummer), by which transport and endpoint. Reference data,
 * no patient data; every change is kept with who made it.
 */
@Path("/api/message-recipients")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
@RolesAllowed(Roles.ADMIN)
public class RecipientResource {

    private final RecipientRegister register;
    private final CurrentUser user;

    public RecipientResource(RecipientRegister register, CurrentUser user) {
        this.register = register;
        this.user = user;
    }

    @GET
    @Operation(summary = "Every register entry, by kind and key")
    public List<Recipient> list() {
        return register.all();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One register entry")
    public Recipient get(@PathParam("id") UUID id) {
        return register.get(id);
    }

    @GET
    @Path("/{id}/changes")
    @Operation(summary = "The entry's trail: each creation, update and deactivation, before and after, by whom")
    public List<RecipientChange> changes(@PathParam("id") UUID id) {
        return register.changes(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an entry (active)")
    @APIResponseSchema(value = Recipient.class, responseCode = "201", responseDescription = "The entry added")
    @APIResponse(responseCode = "409", description = "The address already has an entry")
    public Response create(@Valid @NotNull RecipientBody body, @Context UriInfo uri) {
        Recipient created = register.create(body.toRecipient(), user.subject(), user.displayName());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an entry (every field; active as given, default true)")
    @APIResponse(responseCode = "200", description = "The entry as changed")
    @APIResponse(responseCode = "409", description = "Another entry has that address")
    public Recipient update(@PathParam("id") UUID id, @Valid @NotNull RecipientBody body) {
        return register.update(id, body.toRecipient(), user.subject(), user.displayName());
    }

    @POST
    @Path("/{id}/deactivation")
    @Operation(summary = "Deactivate an entry: messages to its address are parked FAILED until an entry is active")
    @APIResponse(responseCode = "200", description = "The entry, inactive")
    @APIResponse(responseCode = "409", description = "Already inactive")
    public Recipient deactivate(@PathParam("id") UUID id) {
        return register.deactivate(id, user.subject(), user.displayName());
    }
}

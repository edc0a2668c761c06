package no.mila.dho.worklist.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import no.mila.dho.alert.application.ItemHandling;
import no.mila.dho.audit.Audited;
import no.mila.dho.audit.domain.AccessAction;
import no.mila.dho.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Claiming, releasing, closing and handing over an item of the worklist, and reading its trail: the same calls for
 * alerts ({@link AlertResource}) and tasks ({@link TaskResource}). Not a URL root of its own. Nurses handle the
 * items; a team leader reads them and reassigns them (docs/handovers.md). The OpenAPI document takes the roles
 * of a method's own {@code @RolesAllowed} here only from its {@code @SecurityRequirement} (the scanner does not
 * carry them to the subclasses' operations); the generated role matrix checks that both say the same.
 */
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Worklist")
@RolesAllowed(Roles.NURSE)
public abstract class WorkItemResource {

    private final ItemHandling items;

    WorkItemResource(ItemHandling items) {
        this.items = items;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.NURSE, Roles.TEAM_LEADER})
    @SecurityRequirement(name = "bearer", scopes = {Roles.NURSE, Roles.TEAM_LEADER})
    @Audited(value = AccessAction.READ, resource = "work-item")
    @Operation(summary = "Its handling and its trail (who claimed, who closed, when, with what)")
    public ItemHandling.Details one(@PathParam("id") UUID id) {
        return items.details(id);
    }

    @POST
    @Path("/{id}/claim")
    @Audited(value = AccessAction.UPDATE, resource = "work-item")
    @Operation(summary = "Claim it while open; 409 when someone else holds it")
    @APIResponse(responseCode = "200", description = "Claimed by you")
    @APIResponse(responseCode = "409", description = "Someone else holds it, or it is closed (conflict)")
    public ItemHandling.Details claim(@PathParam("id") UUID id) {
        items.claim(id);
        return items.details(id);
    }

    @POST
    @Path("/{id}/release")
    @Audited(value = AccessAction.UPDATE, resource = "work-item")
    @Operation(summary = "Give it back to the list (only its holder)")
    @APIResponse(responseCode = "200", description = "Back on the list")
    @APIResponse(responseCode = "409", description = "You do not hold it (conflict)")
    public ItemHandling.Details release(@PathParam("id") UUID id) {
        items.release(id);
        return items.details(id);
    }

    @POST
    @Path("/{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @Audited(value = AccessAction.UPDATE, resource = "work-item")
    @Operation(summary = "Close it with an outcome and a note (only its holder); closed items never change")
    @APIResponse(responseCode = "200", description = "Closed")
    @APIResponse(responseCode = "409",
            description = "Claim it first: you do not hold it, or it is closed (conflict)")
    public ItemHandling.Details close(@PathParam("id") UUID id, @Valid @NotNull Close body) {
        items.close(id, body.outcome(), body.note());
        return items.details(id);
    }

    @POST
    @Path("/{id}/take-over")
    @Consumes(MediaType.APPLICATION_JSON)
    @Audited(value = AccessAction.UPDATE, resource = "work-item")
    @Operation(summary = "Take over an item another nurse holds, saying why; the trail names both nurses")
    @APIResponse(responseCode = "200", description = "Held by you")
    @APIResponse(responseCode = "409",
            description = "Nobody else holds it: it is open (claim it), yours already, or closed (conflict)")
    public ItemHandling.Details takeOver(@PathParam("id") UUID id, @Valid @NotNull TakeOver body) {
        items.takeOver(id, body.reason());
        return items.details(id);
    }

    @POST
    @Path("/{id}/reassign")
    @RolesAllowed(Roles.TEAM_LEADER)
    @SecurityRequirement(name = "bearer", scopes = Roles.TEAM_LEADER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Audited(value = AccessAction.UPDATE, resource = "work-item")
    @Operation(summary = "Give an open or claimed item to a named nurse (team leader), saying why")
    @APIResponse(responseCode = "200", description = "Held by that nurse")
    @APIResponse(responseCode = "409", description = "It is closed, or that nurse holds it already (conflict)")
    public ItemHandling.Details reassign(@PathParam("id") UUID id, @Valid @NotNull Reassign body) {
        items.reassign(id, body.nurse(), body.reason());
        return items.details(id);
    }
}

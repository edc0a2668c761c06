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
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import no.mila.dho.audit.Audited;
import no.mila.dho.audit.domain.AccessAction;
import no.mila.dho.shared.security.Roles;
import no.mila.dho.worklist.application.GpMessages;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Messages from the GP flagged on a patient. */
@Path("/api/patients/{patientId}/gp-messages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Worklist")
@RolesAllowed({Roles.NURSE, Roles.PHYSICIAN})
public class GpMessageResource {

    private final GpMessages messages;

    public GpMessageResource(GpMessages messages) {
        this.messages = messages;
    }

    @GET
    @Audited(value = AccessAction.READ, resource = "gp-message")
    @Operation(summary = "The patient's message-from-GP flags, newest first")
    public List<GpMessages.Flag> list(@PathParam("patientId") UUID patientId) {
        return messages.of(patientId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Audited(value = AccessAction.CREATE, resource = "gp-message")
    @Operation(summary = "Flag a message from the GP: the patient's green alerts are not acknowledged in bulk")
    @APIResponseSchema(value = Created.class, responseCode = "201", responseDescription = "The flag's id")
    public Response flag(@PathParam("patientId") UUID patientId, @Valid @NotNull GpMessage body) {
        return Response.status(Response.Status.CREATED).entity(new Created(messages.flag(patientId, body.text())))
                .build();
    }

    @POST
    @Path("/{flagId}/clear")
    @Audited(value = AccessAction.UPDATE, resource = "gp-message")
    @Operation(summary = "Clear the flag once the message is dealt with")
    @APIResponse(responseCode = "204", description = "Cleared")
    public Response clear(@PathParam("patientId") UUID patientId, @PathParam("flagId") UUID flagId) {
        messages.clear(patientId, flagId);
        return Response.noContent().build();
    }
}

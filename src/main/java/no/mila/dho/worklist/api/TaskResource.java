package no.mila.dho.worklist.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import no.mila.dho.audit.Audited;
import no.mila.dho.audit.domain.AccessAction;
import no.mila.dho.shared.security.Roles;
import no.mila.dho.worklist.application.ContactByMessage;
import no.mila.dho.worklist.application.TaskHandling;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Handling cadence tasks on the worklist. */
@Path("/api/tasks")
@RolesAllowed(Roles.NURSE)
public class TaskResource extends WorkItemResource {

    private final ContactByMessage byMessage;

    public TaskResource(TaskHandling tasks, ContactByMessage byMessage) {
        super(tasks);
        this.byMessage = byMessage;
    }

    @POST
    @Path("/{id}/close-by-message")
    @Consumes(MediaType.APPLICATION_JSON)
    @Audited(value = AccessAction.UPDATE, resource = "work-item")
    @Operation(summary = "Close a monthly contact as contacted by message (PATIENT_CONTACTED), naming the service's "
            + "message in the patient's threads (only its holder)")
    @APIResponse(responseCode = "200", description = "Closed")
    @APIResponse(responseCode = "400", description = "The message is not the service's in this patient's threads")
    @APIResponse(responseCode = "409", description = "Not a monthly contact, not held by you, or closed (conflict)")
    public ContactedByMessage closeByMessage(@PathParam("id") UUID id, @Valid @NotNull CloseByMessage body) {
        return new ContactedByMessage(byMessage.close(id, body.messageId(), body.note()), body.messageId());
    }
}

package no.mila.dho.worklist.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import no.mila.dho.audit.Audited;
import no.mila.dho.audit.domain.AccessAction;
import no.mila.dho.shared.security.Roles;
import no.mila.dho.worklist.application.SpecialistMeeting;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The weekly specialist meeting's list and outcomes. */
@Path("/api/specialist-meeting")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Worklist")
@RolesAllowed({Roles.NURSE, Roles.PHYSICIAN})
public class SpecialistMeetingResource {

    private final SpecialistMeeting meeting;

    public SpecialistMeetingResource(SpecialistMeeting meeting) {
        this.meeting = meeting;
    }

    @GET
    @Audited(value = AccessAction.SEARCH, resource = "specialist-meeting")
    @Operation(summary = "The patients brought up for a department's meeting, with latest values and open items")
    public List<SpecialistMeeting.Entry> list(@QueryParam("department") @NotBlank String department) {
        return meeting.list(department);
    }

    @POST
    @Path("/{itemId}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    @Audited(value = AccessAction.UPDATE, resource = "specialist-meeting")
    @Operation(summary = "Record the meeting's outcome for the patient")
    @APIResponse(responseCode = "204", description = "Recorded")
    @APIResponse(responseCode = "409", description = "The meeting already recorded an outcome for this patient "
            + "(conflict)")
    public Response decide(@PathParam("itemId") UUID itemId, @Valid @NotNull Decision body) {
        meeting.decide(itemId, body.outcome(), body.note());
        return Response.noContent().build();
    }
}

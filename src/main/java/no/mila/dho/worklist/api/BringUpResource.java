package no.mila.dho.worklist.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import no.mila.dho.audit.Audited;
import no.mila.dho.audit.domain.AccessAction;
import no.mila.dho.shared.security.Roles;
import no.mila.dho.worklist.application.SpecialistMeeting;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Bringing a patient to the weekly specialist meeting. */
@Path("/api/patients/{patientId}/specialist-meeting")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Worklist")
public class BringUpResource {

    private final SpecialistMeeting meeting;

    public BringUpResource(SpecialistMeeting meeting) {
        this.meeting = meeting;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NURSE, Roles.PHYSICIAN})
    @Audited(value = AccessAction.CREATE, resource = "specialist-meeting")
    @Operation(summary = "Bring the patient to the weekly interdisciplinary meeting of a department (AHUS_LUNG, AHUS_HEART)")
    @APIResponseSchema(value = Created.class, responseCode = "201", responseDescription = "The meeting item's id")
    @APIResponse(responseCode = "409", description = "The patient is already waiting for that department's meeting "
            + "(one open item per patient and department)")
    public Response bringUp(@PathParam("patientId") UUID patientId, @Valid @NotNull BringUp body) {
        return Response.status(Response.Status.CREATED)
                .entity(new Created(meeting.bringUp(patientId, body.department(), body.reason()))).build();
    }
}

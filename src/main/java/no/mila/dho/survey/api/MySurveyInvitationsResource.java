package no.mila.dho.survey.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.mila.dho.audit.Audited;
import no.mila.dho.audit.domain.AccessAction;
import no.mila.dho.patient.api.MeResource;
import no.mila.dho.shared.security.Roles;
import no.mila.dho.survey.application.SurveyInvitations;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The patient's invitations to the yearly user survey, each with its single-use link. */
@Path("/api/me/survey-invitations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me (patient)")
@RolesAllowed(Roles.PATIENT)
public class MySurveyInvitationsResource {

    private final SurveyInvitations invitations;

    public MySurveyInvitationsResource(SurveyInvitations invitations) {
        this.invitations = invitations;
    }

    @GET
    @Audited(value = AccessAction.READ, resource = "survey-invitation")
    @Operation(summary = "My open survey invitations, each with a new single-use link (the one before stops working)")
    @APIResponse(responseCode = "200", description = "OK (empty when there is none)")
    @APIResponse(responseCode = "404", description = MeResource.NO_RECORD)
    public Response mine() {
        return Response.ok(invitations.mine()).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }
}

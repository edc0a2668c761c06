package no.mila.dho.patient.api;

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
import no.mila.dho.patient.application.EpisodeAllocation;
import no.mila.dho.patient.application.EpisodeFollowUp;
import no.mila.dho.patient.application.EpisodeIntake;
import no.mila.dho.patient.application.EpisodeQueries;
import no.mila.dho.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A patient's pathway episodes (tjenesteforløp): referral → assessment → allocation (baseline) → active ↔
 * paused → ended. Illegal steps are refused with 409 {@code illegal-transition}.
 */
@Path("/api/patients/{patientId}/episodes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Pathway episodes")
public class EpisodeResource {

    static final String NOT_NOW = "The episode's state does not allow this step (illegal-transition)";

    private final EpisodeQueries episodes;
    private final EpisodeIntake intake;
    private final EpisodeAllocation allocation;
    private final EpisodeFollowUp followUp;

    public EpisodeResource(EpisodeQueries episodes, EpisodeIntake intake, EpisodeAllocation allocation,
                           EpisodeFollowUp followUp) {
        this.episodes = episodes;
        this.intake = intake;
        this.allocation = allocation;
        this.followUp = followUp;
    }

    @GET
    @RolesAllowed({Roles.NURSE, Roles.COORDINATOR, Roles.PHYSICIAN})
    @Audited(value = AccessAction.READ, resource = "episode")
    @Operation(summary = "The patient's episodes, newest first, with their trail")
    public List<EpisodeView> list(@PathParam("patientId") UUID patientId) {
        return episodes.ofPatient(patientId).stream().map(EpisodeView::of).toList();
    }

    @POST
    @RolesAllowed({Roles.NURSE, Roles.COORDINATOR})
    @Audited(value = AccessAction.CREATE, resource = "episode")
    @Operation(summary = "Refer the patient to a pathway (state REFERRED)")
    @APIResponseSchema(value = EpisodeView.class, responseCode = "201", responseDescription = "The new episode")
    @APIResponse(responseCode = "409", description = "The patient already has an open pathway episode (conflict)")
    public Response refer(@PathParam("patientId") UUID patientId, @Valid @NotNull EpisodeRequests.Referral body) {
        EpisodeView episode = EpisodeView.of(intake.refer(patientId, body.command()));
        return Response.status(Response.Status.CREATED).entity(episode).build();
    }

    @POST
    @Path("/{episodeId}/assessment")
    @RolesAllowed({Roles.NURSE, Roles.COORDINATOR})
    @Audited(value = AccessAction.UPDATE, resource = "episode")
    @Operation(summary = "Record the assessment checklist (state ASSESSED)")
    @APIResponse(responseCode = "200", description = "The assessed episode")
    @APIResponse(responseCode = "409", description = NOT_NOW)
    public EpisodeView assess(@PathParam("patientId") UUID patientId, @PathParam("episodeId") UUID episodeId,
                              @Valid @NotNull EpisodeRequests.Assessment body) {
        return EpisodeView.of(intake.assess(patientId, episodeId, body.command()));
    }

    @POST
    @Path("/{episodeId}/allocation")
    @RolesAllowed({Roles.NURSE, Roles.COORDINATOR})
    @Audited(value = AccessAction.UPDATE, resource = "episode")
    @Operation(summary = "Allocate after written consent (state ACTIVE_BASELINE); refused when a criterion fails")
    @APIResponse(responseCode = "200", description = "The allocated episode")
    @APIResponse(responseCode = "409", description = NOT_NOW)
    @APIResponse(responseCode = "422", description = "An inclusion criterion is not met (inclusion-criterion-not-met), "
            + "or the pathway has no usable default thresholds (unprocessable)")
    public EpisodeView allocate(@PathParam("patientId") UUID patientId, @PathParam("episodeId") UUID episodeId,
                                @Valid @NotNull EpisodeRequests.Allocation body) {
        return EpisodeView.of(allocation.allocate(patientId, episodeId, body.command()));
    }

    @POST
    @Path("/{episodeId}/pause")
    @RolesAllowed({Roles.NURSE, Roles.COORDINATOR})
    @Audited(value = AccessAction.UPDATE, resource = "episode")
    @Operation(summary = "Pause active follow-up (state PAUSED)")
    @APIResponse(responseCode = "200", description = "The paused episode")
    @APIResponse(responseCode = "409", description = NOT_NOW)
    public EpisodeView pause(@PathParam("patientId") UUID patientId, @PathParam("episodeId") UUID episodeId,
                             @Valid @NotNull EpisodeRequests.Reason body) {
        return EpisodeView.of(followUp.pause(patientId, episodeId, body.reason()));
    }

    @POST
    @Path("/{episodeId}/resume")
    @RolesAllowed({Roles.NURSE, Roles.COORDINATOR})
    @Audited(value = AccessAction.UPDATE, resource = "episode")
    @Operation(summary = "Resume paused follow-up (state ACTIVE)")
    @APIResponse(responseCode = "200", description = "The resumed episode")
    @APIResponse(responseCode = "409", description = NOT_NOW)
    public EpisodeView resume(@PathParam("patientId") UUID patientId, @PathParam("episodeId") UUID episodeId,
                              @Valid @NotNull EpisodeRequests.Reason body) {
        return EpisodeView.of(followUp.resume(patientId, episodeId, body.reason()));
    }

    @POST
    @Path("/{episodeId}/end")
    @RolesAllowed({Roles.NURSE, Roles.COORDINATOR})
    @Audited(value = AccessAction.UPDATE, resource = "episode")
    @Operation(summary = "Decide to end the pathway with notice; it ends on the planned date (state ENDED)")
    @APIResponse(responseCode = "200", description = "The episode with its planned end")
    @APIResponse(responseCode = "409", description = NOT_NOW + ", or its end is already decided (conflict)")
    public EpisodeView end(@PathParam("patientId") UUID patientId, @PathParam("episodeId") UUID episodeId,
                           @Valid @NotNull EpisodeRequests.End body) {
        return EpisodeView.of(followUp.end(patientId, episodeId, body.command()));
    }
}

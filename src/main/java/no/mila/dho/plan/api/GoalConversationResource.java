package no.mila.dho.plan.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.mila.dho.audit.Audited;
import no.mila.dho.audit.domain.AccessAction;
import no.mila.dho.plan.application.GoalConversationRecord;
import no.mila.dho.plan.application.GoalConversations;
import no.mila.dho.plan.domain.PlanRules;
import no.mila.dho.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The goal conversation (målsamtale): what matters to the patient and the goals agreed, recorded by a nurse of the
 * follow-up service as versions; read by nurses and the patient's physicians.
 */
@Path("/api/patients/{patientId}/goal-conversations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Self-management plan")
public class GoalConversationResource {

    /** A goal conversation as recorded (a correction is a new version). */
    public record Conversation(@NotNull LocalDate heldOn, @NotBlank @Size(max = 2000) String whatMatters,
                               @NotNull @Size(max = PlanRules.MAX_GOALS) List<@NotBlank @Size(max = 500) String> goals,
                               @Size(max = 4000) String summary) {
    }

    private final GoalConversations conversations;

    public GoalConversationResource(GoalConversations conversations) {
        this.conversations = conversations;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NURSE)
    @Audited(value = AccessAction.CREATE, resource = "goal-conversation")
    @Operation(summary = "Record the goal conversation of the patient's episode (a new version; the newest is in "
            + "force, seeds a new plan's goals and goes to the GP with the day-14 summary)")
    @APIResponseSchema(value = GoalConversationRecord.class, responseCode = "201",
            responseDescription = "The recorded version")
    @APIResponse(responseCode = "409", description = PlanResource.NOT_IN_FOLLOW_UP)
    public Response record(@PathParam("patientId") UUID patientId, @Valid @NotNull Conversation body) {
        GoalConversationRecord recorded = conversations.record(patientId, body.heldOn(), body.whatMatters(),
                body.goals(), body.summary());
        return Response.status(Response.Status.CREATED).entity(recorded).build();
    }

    @GET
    @RolesAllowed({Roles.NURSE, Roles.PHYSICIAN})
    @Audited(value = AccessAction.READ, resource = "goal-conversation")
    @Operation(summary = "Every version of the patient's goal conversations, newest first")
    public List<GoalConversationRecord> versions(@PathParam("patientId") UUID patientId) {
        return conversations.versions(patientId);
    }
}

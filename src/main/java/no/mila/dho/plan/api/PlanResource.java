package no.mila.dho.plan.api;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import no.mila.dho.audit.Audited;
import no.mila.dho.audit.domain.AccessAction;
import no.mila.dho.plan.api.PlanViews.PlanSummary;
import no.mila.dho.plan.api.PlanViews.PlanView;
import no.mila.dho.plan.application.PlanApproval;
import no.mila.dho.plan.application.PlanDrafting;
import no.mila.dho.plan.application.PlanQueries;
import no.mila.dho.plan.domain.PlanItem;
import no.mila.dho.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A patient's self-management plan (egenbehandlingsplan) versions: drafting, editing, approval, discarding. */
@Path("/api/patients/{patientId}/plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Self-management plan")
@RolesAllowed({Roles.NURSE, Roles.PHYSICIAN})
public class PlanResource {

    static final String NOT_A_DRAFT = "Not a draft any more (illegal-transition), or changed by someone else "
            + "since you read it (concurrent-modification)";
    static final String NOT_IN_FOLLOW_UP = "The patient is not in follow-up: a plan is made during follow-up "
            + "(not-in-follow-up)";

    private final PlanDrafting drafting;
    private final PlanApproval approval;
    private final PlanQueries queries;

    public PlanResource(PlanDrafting drafting, PlanApproval approval, PlanQueries queries) {
        this.drafting = drafting;
        this.approval = approval;
        this.queries = queries;
    }

    @GET
    @Audited(value = AccessAction.READ, resource = "plan")
    @Operation(summary = "The patient's plan versions, newest first")
    public List<PlanSummary> versions(@PathParam("patientId") UUID patientId) {
        return queries.versions(patientId).stream().map(PlanSummary::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Audited(value = AccessAction.CREATE, resource = "plan")
    @Operation(summary = "Start a draft: a copy of the active plan, or for the first plan the pathway's template")
    @APIResponseSchema(value = PlanView.class, responseCode = "201", responseDescription = "The new draft")
    @APIResponse(responseCode = "409", description = NOT_IN_FOLLOW_UP + "; or a draft is being worked on "
            + "(conflict)")
    @APIResponse(responseCode = "422", description = "The pathway has no plan template (unprocessable)")
    public Response draft(@PathParam("patientId") UUID patientId, @Valid PlanRequests.Draft body) {
        PlanView plan = PlanView.of(drafting.draft(patientId, body == null ? null : body.goals()));
        return Response.status(Response.Status.CREATED)
                .header("Location", "/api/patients/" + patientId + "/plans/" + plan.id()).entity(plan).build();
    }

    @GET
    @Path("/active")
    @Audited(value = AccessAction.READ, resource = "plan")
    @Operation(summary = "The active (approved) plan; 404 while there is none")
    public PlanView active(@PathParam("patientId") UUID patientId) {
        return PlanView.of(queries.active(patientId));
    }

    @GET
    @Path("/{planId}")
    @Audited(value = AccessAction.READ, resource = "plan")
    @Operation(summary = "One plan version, superseded ones included (they never change)")
    public PlanView one(@PathParam("patientId") UUID patientId, @PathParam("planId") UUID planId) {
        return PlanView.of(queries.one(patientId, planId));
    }

    @PUT
    @Path("/{planId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Audited(value = AccessAction.UPDATE, resource = "plan")
    @Operation(summary = "Replace a draft's goals and items (add, edit, remove, reorder); medication items by "
            + "physicians only")
    @APIResponse(responseCode = "200", description = "The draft as it is now")
    @APIResponse(responseCode = "409", description = NOT_A_DRAFT)
    public PlanView update(@PathParam("patientId") UUID patientId, @PathParam("planId") UUID planId,
                           @Valid @NotNull PlanRequests.Update body) {
        List<PlanItem> items = body.items();
        return PlanView.of(drafting.update(patientId, planId, body.version(), body.goals(), items));
    }

    @POST
    @Path("/{planId}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @Audited(value = AccessAction.UPDATE, resource = "plan")
    @Operation(summary = "Approve the draft (the patient's GP or responsible physician): it becomes the one "
            + "active plan, shared with the GP, the follow-up service and home nursing where the patient has it")
    @APIResponse(responseCode = "200", description = "The active plan")
    @APIResponse(responseCode = "409", description = NOT_A_DRAFT + "; or " + NOT_IN_FOLLOW_UP)
    public PlanView approve(@PathParam("patientId") UUID patientId, @PathParam("planId") UUID planId,
                            @Valid @NotNull PlanRequests.Step body) {
        return PlanView.of(approval.approve(patientId, planId, body.version()));
    }

    @POST
    @Path("/{planId}/discard")
    @Consumes(MediaType.APPLICATION_JSON)
    @Audited(value = AccessAction.UPDATE, resource = "plan")
    @Operation(summary = "Discard a draft; the active plan stays")
    @APIResponse(responseCode = "200", description = "The discarded draft")
    @APIResponse(responseCode = "409", description = NOT_A_DRAFT)
    public PlanView discard(@PathParam("patientId") UUID patientId, @PathParam("planId") UUID planId,
                            @Valid @NotNull PlanRequests.Step body) {
        return PlanView.of(drafting.discard(patientId, planId, body.version()));
    }
}

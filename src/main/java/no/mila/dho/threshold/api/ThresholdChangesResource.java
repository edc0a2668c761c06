package no.mila.dho.threshold.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import no.mila.dho.threshold.api.ChangeViews.ChangeRequestView;
import no.mila.dho.threshold.api.ChangeViews.PreviewView;
import no.mila.dho.threshold.application.ChangeRequestQueries;
import no.mila.dho.threshold.application.ReEvaluation;
import no.mila.dho.threshold.application.ThresholdChangeService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A patient's individual thresholds under governance: propose, order (physician), verify (a second person),
 * reject, withdraw; each request with its trail; a dry run of a proposal on the patient's recent reports.
 */
@Path("/api/patients/{patientId}/threshold-changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Threshold changes")
@RolesAllowed({Roles.NURSE, Roles.PHYSICIAN})
public class ThresholdChangesResource {

    private final ThresholdChangeService changes;
    private final ChangeRequestQueries queries;
    private final ReEvaluation reEvaluation;

    public ThresholdChangesResource(ThresholdChangeService changes, ChangeRequestQueries queries,
                                    ReEvaluation reEvaluation) {
        this.changes = changes;
        this.queries = queries;
        this.reEvaluation = reEvaluation;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Audited(value = AccessAction.CREATE, resource = "threshold-change")
    @Operation(summary = "Propose new thresholds (nurse or the patient's physician; a physician may order at once "
            + "with order=true). At most one open request per patient.")
    @APIResponseSchema(value = ChangeRequestView.class, responseCode = "201",
            responseDescription = "The new request")
    @APIResponse(responseCode = "409", description = "The patient has an open request (change-request-open), or "
            + "their episode takes no threshold changes (not-in-follow-up)")
    public Response propose(@PathParam("patientId") UUID patientId, @Valid @NotNull ChangeRequests.Propose body) {
        UUID requestId = changes.propose(patientId, body.command());
        return Response.status(Response.Status.CREATED)
                .header("Location", "/api/patients/" + patientId + "/threshold-changes/" + requestId)
                .entity(view(patientId, requestId)).build();
    }

    @GET
    @Audited(value = AccessAction.READ, resource = "threshold-change")
    @Operation(summary = "The patient's change requests, newest first, each with its trail")
    public List<ChangeRequestView> list(@PathParam("patientId") UUID patientId) {
        return queries.ofPatient(patientId).stream().map(ChangeRequestView::of).toList();
    }

    @GET
    @Path("/{requestId}")
    @Audited(value = AccessAction.READ, resource = "threshold-change")
    @Operation(summary = "One change request with its trail and what it changes")
    public ChangeRequestView one(@PathParam("patientId") UUID patientId, @PathParam("requestId") UUID requestId) {
        return ChangeRequestView.of(queries.one(patientId, requestId));
    }

    @POST
    @Path("/{requestId}/order")
    @Consumes(MediaType.APPLICATION_JSON)
    @Audited(value = AccessAction.UPDATE, resource = "threshold-change")
    @Operation(summary = "Order the proposed thresholds (forordning): only the patient's GP or responsible physician")
    @APIResponse(responseCode = "200", description = "The ordered request")
    @APIResponse(responseCode = "409", description = ChangeRequests.STEP_REFUSED)
    public ChangeRequestView order(@PathParam("patientId") UUID patientId, @PathParam("requestId") UUID requestId,
                                   @Valid @NotNull ChangeRequests.Order body) {
        return view(patientId, changes.order(patientId, requestId, body.version(), body.note()));
    }

    @POST
    @Path("/{requestId}/verification")
    @Consumes(MediaType.APPLICATION_JSON)
    @Audited(value = AccessAction.UPDATE, resource = "threshold-change")
    @Operation(summary = "Verify that the entered values match the order (a second person: neither who entered "
            + "nor who ordered them); the new version comes into force")
    @APIResponse(responseCode = "200", description = "The verified request; its version is in force")
    @APIResponse(responseCode = "403", description = "Not allowed for your role, or you entered or ordered the "
            + "values: a second person must verify (four-eyes-required)")
    @APIResponse(responseCode = "409", description = ChangeRequests.STEP_REFUSED)
    public ChangeRequestView verify(@PathParam("patientId") UUID patientId, @PathParam("requestId") UUID requestId,
                                    @Valid @NotNull ChangeRequests.Verify body) {
        return view(patientId, changes.verify(patientId, requestId, body.version(), body.note()));
    }

    @POST
    @Path("/{requestId}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @Audited(value = AccessAction.UPDATE, resource = "threshold-change")
    @Operation(summary = "Reject an open request with a reason (the patient's physician; at verification, the "
            + "second person)")
    @APIResponse(responseCode = "200", description = "The rejected request")
    @APIResponse(responseCode = "409", description = ChangeRequests.STEP_REFUSED)
    public ChangeRequestView reject(@PathParam("patientId") UUID patientId, @PathParam("requestId") UUID requestId,
                                    @Valid @NotNull ChangeRequests.Close body) {
        return view(patientId, changes.reject(patientId, requestId, body.version(), body.reason()));
    }

    @POST
    @Path("/{requestId}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Audited(value = AccessAction.UPDATE, resource = "threshold-change")
    @Operation(summary = "Withdraw an open request with a reason (who proposed or ordered it)")
    @APIResponse(responseCode = "200", description = "The withdrawn request")
    @APIResponse(responseCode = "409", description = ChangeRequests.STEP_REFUSED)
    public ChangeRequestView withdraw(@PathParam("patientId") UUID patientId, @PathParam("requestId") UUID requestId,
                                      @Valid @NotNull ChangeRequests.Close body) {
        return view(patientId, changes.withdraw(patientId, requestId, body.version(), body.reason()));
    }

    @GET
    @Path("/{requestId}/preview")
    @Audited(value = AccessAction.READ, resource = "threshold-change")
    @Operation(summary = "Dry run: the patient's reports of the last days evaluated under the proposal, next to "
            + "the result they got; nothing is changed")
    public PreviewView preview(@PathParam("patientId") UUID patientId, @PathParam("requestId") UUID requestId,
                               @QueryParam("days") @DefaultValue("14") int days) {
        return PreviewView.of(reEvaluation.ofRequest(patientId, requestId, days));
    }

    private ChangeRequestView view(UUID patientId, UUID requestId) {
        return ChangeRequestView.of(queries.one(patientId, requestId));
    }
}

package no.mila.dho.threshold.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import no.mila.dho.threshold.api.ThresholdResources.LimitsView;
import no.mila.dho.threshold.api.ThresholdResources.TrendView;
import no.mila.dho.shared.paging.Page;
import no.mila.dho.shared.paging.PageRequest;
import no.mila.dho.shared.security.Roles;
import no.mila.dho.shared.web.EnumParam;
import no.mila.dho.threshold.api.ChangeViews.ChangeRequestView;
import no.mila.dho.threshold.api.ChangeViews.PreviewView;
import no.mila.dho.threshold.api.ChangeViews.VersionView;
import no.mila.dho.threshold.application.ProposeCommand;
import no.mila.dho.threshold.application.ReEvaluation;
import no.mila.dho.threshold.application.ThresholdChangeQueries;
import no.mila.dho.threshold.application.ThresholdChangeQueries.Awaiting;
import no.mila.dho.threshold.application.ThresholdChangeQueries.DueReview;
import no.mila.dho.threshold.application.ThresholdChangeService;
import no.mila.dho.threshold.persistence.ThresholdChangeRequestEntity;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Individual thresholds under governance: propose, order (physician), verify (a second person), reject,
 * withdraw; the history of versions; the work queues; the patients whose threshold review is due.
 */
public final class ThresholdChangeResources {

    private ThresholdChangeResources() {
    }

    /** A patient's change requests and their steps. */
    @Path("/api/patients/{patientId}/threshold-changes")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Threshold changes")
    @RolesAllowed({Roles.NURSE, Roles.PHYSICIAN})
    public static class OfPatient {

        static final String STEP_REFUSED = "The request is not in a status this step follows (illegal-transition), "
                + "you sent an old version (concurrent-modification), or the patient's episode takes no threshold "
                + "changes (not-in-follow-up)";

        private final ThresholdChangeService changes;
        private final ThresholdChangeQueries queries;
        private final ReEvaluation reEvaluation;

        public OfPatient(ThresholdChangeService changes, ThresholdChangeQueries queries, ReEvaluation reEvaluation) {
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
            ThresholdChangeRequestEntity request = changes.propose(patientId, new ProposeCommand(body.reason(),
                    LimitsView.toDomain(body.limits(), body.weightTrend(), body.notMeasured()), body.order(),
                    body.orderNote()));
            return Response.status(Response.Status.CREATED)
                    .header("Location", "/api/patients/" + patientId + "/threshold-changes/" + request.id)
                    .entity(view(patientId, request)).build();
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
        @APIResponse(responseCode = "409", description = STEP_REFUSED)
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
        @APIResponse(responseCode = "409", description = STEP_REFUSED)
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
        @APIResponse(responseCode = "409", description = STEP_REFUSED)
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
        @APIResponse(responseCode = "409", description = STEP_REFUSED)
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

        private ChangeRequestView view(UUID patientId, ThresholdChangeRequestEntity request) {
            return ChangeRequestView.of(queries.one(patientId, request.id));
        }
    }

    /** The history of a patient's threshold versions. */
    @Path("/api/patients/{patientId}/threshold-versions")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Threshold changes")
    public static class Versions {

        private final ThresholdChangeQueries queries;

        public Versions(ThresholdChangeQueries queries) {
            this.queries = queries;
        }

        @GET
        @RolesAllowed({Roles.NURSE, Roles.PHYSICIAN})
        @Audited(value = AccessAction.READ, resource = "thresholds")
        @Operation(summary = "Every version of the patient's thresholds, newest first: limits, the difference from "
                + "the previous version, and the trail (proposed, ordered, verified: by whom, when, why)")
        public List<VersionView> history(@PathParam("patientId") UUID patientId) {
            return queries.history(patientId).stream().map(VersionView::of).toList();
        }
    }

    /** The work queues across patients. */
    @Path("/api/threshold-changes")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Threshold changes")
    public static class Queues {

        private final ThresholdChangeQueries queries;

        public Queues(ThresholdChangeQueries queries) {
            this.queries = queries;
        }

        @GET
        @RolesAllowed({Roles.NURSE, Roles.PHYSICIAN})
        @Audited(value = AccessAction.SEARCH, resource = "threshold-change")
        @Operation(summary = "Work queue, oldest first: awaiting=ORDER (proposals waiting for the physician's order; "
                + "a physician sees their patients') or awaiting=VERIFICATION (ordered requests you may verify)")
        public Page<ChangeRequestView> queue(
                @Parameter(required = true, schema = @Schema(enumeration = {"ORDER", "VERIFICATION"}))
                @QueryParam("awaiting") String awaiting, @Valid @BeanParam PageRequest page) {
            return queries.queue(EnumParam.parse(Awaiting.class, awaiting, "awaiting"), page).map(ChangeRequestView::of);
        }
    }

    /** Patients whose 14-day baseline is over and whose individual thresholds are not yet in force. */
    @Path("/api/threshold-reviews")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Threshold changes")
    public static class DueReviews {

        private final ThresholdChangeQueries queries;

        public DueReviews(ThresholdChangeQueries queries) {
            this.queries = queries;
        }

        @GET
        @Path("/due")
        @RolesAllowed({Roles.NURSE, Roles.PHYSICIAN})
        @Audited(value = AccessAction.SEARCH, resource = "threshold-review")
        @Operation(summary = "Threshold reviews due: patients past day 14 of the baseline still on the pathway "
                + "defaults, most overdue first, with their open change request if any")
        public Page<DueReview> due(@Valid @BeanParam PageRequest page) {
            return queries.dueReviews(page);
        }
    }
}

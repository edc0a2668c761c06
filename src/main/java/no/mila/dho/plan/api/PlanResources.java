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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.mila.dho.audit.Audited;
import no.mila.dho.audit.domain.AccessAction;
import no.mila.dho.shared.review.Review;
import no.mila.dho.measurement.domain.PatientMessages;
import no.mila.dho.measurement.domain.Zone;
import no.mila.dho.patient.api.MeResource;
import no.mila.dho.plan.api.PlanViews.MyPlanView;
import no.mila.dho.plan.api.PlanViews.PlanSummary;
import no.mila.dho.plan.api.PlanViews.PlanView;
import no.mila.dho.plan.api.PlanViews.TemplateView;
import no.mila.dho.plan.application.CarePlanService;
import no.mila.dho.plan.application.PlanQueries;
import no.mila.dho.plan.application.PlanTemplateService;
import no.mila.dho.plan.domain.PlanItem;
import no.mila.dho.plan.persistence.CarePlanEntity;
import no.mila.dho.shared.security.CurrentUser;
import no.mila.dho.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The self-management plan (egenbehandlingsplan): templates, a patient's versions, approval, the patient's view. */
public final class PlanResources {

    private PlanResources() {
    }

    /** A patient's plan versions. */
    @Path("/api/patients/{patientId}/plans")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Self-management plan")
    @RolesAllowed({Roles.NURSE, Roles.PHYSICIAN})
    public static class OfPatient {

        static final String NOT_A_DRAFT = "Not a draft any more (illegal-transition), or changed by someone else "
                + "since you read it (concurrent-modification)";
        static final String NOT_IN_FOLLOW_UP = "The patient is not in follow-up: a plan is made during follow-up "
                + "(not-in-follow-up)";

        private final CarePlanService plans;
        private final PlanQueries queries;

        public OfPatient(CarePlanService plans, PlanQueries queries) {
            this.plans = plans;
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
            CarePlanEntity plan = plans.draft(patientId, body == null ? null : body.goals());
            return Response.status(Response.Status.CREATED)
                    .header("Location", "/api/patients/" + patientId + "/plans/" + plan.id).entity(view(plan)).build();
        }

        @GET
        @Path("/active")
        @Audited(value = AccessAction.READ, resource = "plan")
        @Operation(summary = "The active (approved) plan; 404 while there is none")
        public PlanView active(@PathParam("patientId") UUID patientId) {
            return view(queries.active(patientId));
        }

        @GET
        @Path("/{planId}")
        @Audited(value = AccessAction.READ, resource = "plan")
        @Operation(summary = "One plan version, superseded ones included (they never change)")
        public PlanView one(@PathParam("patientId") UUID patientId, @PathParam("planId") UUID planId) {
            return view(queries.one(patientId, planId));
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
            return view(plans.update(patientId, planId, body.version(), body.goals(), items));
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
            return view(plans.approve(patientId, planId, body.version()));
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
            return view(plans.discard(patientId, planId, body.version()));
        }

        private PlanView view(CarePlanEntity plan) {
            return PlanView.of(plan, queries.template(plan.templateId).orElse(null));
        }
    }

    /** Whether a patient has an approved plan: for coordinators too, without its content. */
    @Path("/api/patients/{patientId}/plan-status")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Self-management plan")
    public static class Status {

        private final PlanQueries queries;

        public Status(PlanQueries queries) {
            this.queries = queries;
        }

        @GET
        @RolesAllowed({Roles.NURSE, Roles.PHYSICIAN, Roles.COORDINATOR})
        @Audited(value = AccessAction.READ, resource = "plan-status")
        @Operation(summary = "Whether the patient has an approved plan (no content)")
        public PlanQueries.PlanStatusSummary status(@PathParam("patientId") UUID patientId) {
            return queries.status(patientId);
        }
    }

    /** The patient's own plan. */
    @Path("/api/me/plan")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Me (patient)")
    public static class Mine {

        private final PlanQueries queries;

        public Mine(PlanQueries queries) {
            this.queries = queries;
        }

        @GET
        @RolesAllowed(Roles.PATIENT)
        @Audited(value = AccessAction.READ, resource = "plan")
        @Operation(summary = "My self-management plan; while none is approved, a message that it is being prepared")
        @APIResponse(responseCode = "200", description = "OK")
        @APIResponse(responseCode = "404", description = MeResource.NO_RECORD)
        public MyPlanView mine() {
            return queries.mine().map(p -> {
                Map<Zone, List<String>> zones = PlanViews.byZone(p.items(), PlanItem::zone, PlanItem::patientText);
                return new MyPlanView(true, null, p.versionNo, p.approvedAt, p.approvedByName, p.goals, zones);
            }).orElseGet(() -> new MyPlanView(false, PatientMessages.PLAN_NOT_READY, null, null, null, List.of(),
                    Map.of()));
        }
    }

    /** The plan templates of the pathways. */
    @Path("/api/plan-templates")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Self-management plan")
    public static class Templates {

        private final PlanTemplateService templates;
        private final CurrentUser user;

        public Templates(PlanTemplateService templates, CurrentUser user) {
            this.templates = templates;
            this.user = user;
        }

        @GET
        @RolesAllowed({Roles.NURSE, Roles.PHYSICIAN, Roles.ADMIN})
        @Operation(summary = "The template in use of each pathway (provisional until reviewed)")
        public List<TemplateView> list() {
            return templates.active().stream().map(TemplateView::of).toList();
        }

        @PUT
        @Path("/{pathway}")
        @Consumes(MediaType.APPLICATION_JSON)
        @RolesAllowed(Roles.ADMIN)
        @Operation(summary = "Add a pathway's template or revise it (a new version, provisional until reviewed); "
                + "patients' plans are not changed")
        public TemplateView revise(@PathParam("pathway") String pathway, @Valid @NotNull PlanRequests.Template body) {
            Map<Zone, List<PlanTemplateService.TemplateItem>> zones = new EnumMap<>(Zone.class);
            body.zones().forEach((zone, items) -> zones.put(zone, items.stream()
                    .map(i -> new PlanTemplateService.TemplateItem(i.category(), i.text())).toList()));
            return TemplateView.of(templates.revise(pathway, zones, user.subject()));
        }

        @POST
        @Path("/{pathway}/review")
        @Consumes(MediaType.APPLICATION_JSON)
        @RolesAllowed(Roles.ADMIN)
        @Operation(summary = "Record the clinical lead's review of a pathway's template")
        public TemplateView review(@PathParam("pathway") String pathway, @Valid @NotNull Review body) {
            return TemplateView.of(templates.recordReview(pathway, body.reviewedBy(), body.reviewedOn(), body.note()));
        }
    }
}

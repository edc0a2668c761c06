package no.mila.dho.console.plans;

import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
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
import no.mila.dho.console.csrf.ConsoleCsrf;
import no.mila.dho.console.csrf.CsrfChecked;
import no.mila.dho.measurement.domain.PatientMessages;
import no.mila.dho.measurement.domain.Zone;
import no.mila.dho.patient.application.PatientAccess;
import no.mila.dho.plan.application.PlanQueries;
import no.mila.dho.plan.application.PlanRecord;
import no.mila.dho.shared.security.Roles;

/**
 * Self-management plans in the console (issue 17 item 4): a patient's plan versions, a draft from the template or
 * the active plan, editing the draft zone by zone, approval by the patient's physician, discarding, and a print view
 * for the patient. Every step is the plan feature's ({@link PlanSteps}); the same roles and access-log rows as the
 * plan API ({@code /api/patients/{patientId}/plans}).
 */
@Path("/console/plans")
@CsrfChecked
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.NURSE, Roles.PHYSICIAN})
public class ConsolePlansResource {

    private final PlanSteps steps;
    private final PlanQueries queries;
    private final PatientAccess access;

    public ConsolePlansResource(PlanSteps steps, PlanQueries queries, PatientAccess access) {
        this.steps = steps;
        this.queries = queries;
        this.access = access;
    }

    @GET
    @Path("/patients/{patientId}")
    @Audited(value = AccessAction.READ, resource = "plan")
    public TemplateInstance plans(@PathParam("patientId") UUID patientId, @QueryParam("utfort") String done) {
        return PlanTemplates.plans(steps.page(patientId, null, done));
    }

    @POST
    @Path("/patients/{patientId}/draft")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Audited(value = AccessAction.CREATE, resource = "plan")
    public Response draft(@PathParam("patientId") UUID patientId, @FormParam(ConsoleCsrf.FIELD) String csrf) {
        return steps.draft(patientId);
    }

    @POST
    @Path("/patients/{patientId}/{planId}/goals")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Audited(value = AccessAction.UPDATE, resource = "plan")
    public Response goals(@PathParam("patientId") UUID patientId, @PathParam("planId") UUID planId,
                          @FormParam(ConsoleCsrf.FIELD) String csrf, @FormParam("version") long version,
                          @FormParam("goals") String goals) {
        return steps.goals(patientId, planId, version, goals);
    }

    @POST
    @Path("/patients/{patientId}/{planId}/zones/{zone}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Audited(value = AccessAction.UPDATE, resource = "plan")
    public Response zone(@PathParam("patientId") UUID patientId, @PathParam("planId") UUID planId,
                         @PathParam("zone") Zone zone, @FormParam(ConsoleCsrf.FIELD) String csrf,
                         @FormParam("version") long version, @FormParam("id") List<String> ids,
                         @FormParam("category") List<String> categories, @FormParam("text") List<String> texts,
                         @FormParam("drug") List<String> drugs, @FormParam("dose") List<String> doses,
                         @FormParam("start") List<String> starts, @FormParam("stop") List<String> stops,
                         @FormParam("remove") List<String> removed, @FormParam("newCategory") String newCategory,
                         @FormParam("newText") String newText, @FormParam("newDrug") String newDrug,
                         @FormParam("newDose") String newDose, @FormParam("newStart") String newStart,
                         @FormParam("newStop") String newStop) {
        return steps.zone(patientId, planId, version, zone, new ZoneForm(ids, categories, texts, drugs,
                doses, starts, stops, removed, newCategory, newText, newDrug, newDose, newStart, newStop));
    }

    @POST
    @Path("/patients/{patientId}/{planId}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Audited(value = AccessAction.UPDATE, resource = "plan")
    public Response approve(@PathParam("patientId") UUID patientId, @PathParam("planId") UUID planId,
                            @FormParam(ConsoleCsrf.FIELD) String csrf, @FormParam("version") long version) {
        return steps.approve(patientId, planId, version);
    }

    @POST
    @Path("/patients/{patientId}/{planId}/discard")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Audited(value = AccessAction.UPDATE, resource = "plan")
    public Response discard(@PathParam("patientId") UUID patientId, @PathParam("planId") UUID planId,
                            @FormParam(ConsoleCsrf.FIELD) String csrf, @FormParam("version") long version) {
        return steps.discard(patientId, planId, version);
    }

    /** The print view for the patient: A4, large type, no menu (its own template); the patient from the plan. */
    @GET
    @Path("/{planId}/print")
    @Audited(value = AccessAction.READ, resource = "plan")
    public TemplateInstance print(@PathParam("planId") UUID planId) {
        PlanRecord plan = queries.byId(planId);
        String name = access.requireClinicalBrief(plan.plan().patientId()).name();
        return PlanTemplates.print(PlanPage.Plan.of(plan), name, PatientMessages.NOT_AN_EMERGENCY_SERVICE);
    }
}

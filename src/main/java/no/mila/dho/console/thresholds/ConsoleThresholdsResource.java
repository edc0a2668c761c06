package no.mila.dho.console.thresholds;

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
import no.mila.dho.patient.application.PatientAccess;
import no.mila.dho.shared.paging.PageRequest;
import no.mila.dho.shared.security.Roles;
import no.mila.dho.threshold.application.ChangeRequestQueries;
import no.mila.dho.threshold.application.ChangeRequestQueries.Awaiting;
import no.mila.dho.threshold.application.ThresholdHistory;

/**
 * Threshold changes in the console (issue 17 item 3): the queues "awaiting my order" and "awaiting verification", the
 * proposal form with its dry run ({@link Proposals}), a request's page with its steps ({@link ChangeSteps}), and a
 * patient's history. Every step is the threshold feature's ThresholdChangeService, so ThresholdGovernance
 * decides it exactly as for the API (four eyes included); the same roles and access-log rows as the API's endpoints.
 */
@Path("/console/thresholds")
@CsrfChecked
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.NURSE, Roles.PHYSICIAN})
public class ConsoleThresholdsResource {

    private static final PageRequest QUEUE = new PageRequest(0, PageRequest.MAX_SIZE);

    private final ChangeRequestQueries queries;
    private final ThresholdHistory history;
    private final PatientAccess access;
    private final ChangeSteps steps;
    private final Proposals proposals;

    public ConsoleThresholdsResource(ChangeRequestQueries queries, ThresholdHistory history, PatientAccess access,
                                     ChangeSteps steps, Proposals proposals) {
        this.queries = queries;
        this.history = history;
        this.access = access;
        this.steps = steps;
        this.proposals = proposals;
    }

    @GET
    @Audited(value = AccessAction.SEARCH, resource = "threshold-change")
    public TemplateInstance queues() {
        return ThresholdTemplates.queues(ThresholdPages.requests(queries.queue(Awaiting.ORDER, QUEUE).items()),
                ThresholdPages.requests(queries.queue(Awaiting.VERIFICATION, QUEUE).items()));
    }

    @GET
    @Path("/patients/{patientId}")
    @Audited(value = AccessAction.READ, resource = "thresholds")
    public TemplateInstance history(@PathParam("patientId") UUID patientId) {
        String name = access.requireClinicalBrief(patientId).name();
        return ThresholdTemplates.history(patientId.toString(), name,
                ThresholdPages.requests(queries.ofPatient(patientId)), ThresholdPages.versions(history.of(patientId)));
    }

    @GET
    @Path("/patients/{patientId}/new")
    @Audited(value = AccessAction.READ, resource = "thresholds")
    public Response proposalForm(@PathParam("patientId") UUID patientId) {
        return proposals.form(patientId);
    }

    @POST
    @Path("/patients/{patientId}/dry-run")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Audited(value = AccessAction.READ, resource = "threshold-change")
    public Response dryRun(@PathParam("patientId") UUID patientId, @FormParam(ConsoleCsrf.FIELD) String csrf,
                           @FormParam("key") List<String> keys, @FormParam("value") List<String> values,
                           @FormParam("reason") String reason) {
        return proposals.dryRun(patientId, keys, values, reason);
    }

    @POST
    @Path("/patients/{patientId}/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Audited(value = AccessAction.CREATE, resource = "threshold-change")
    public Response propose(@PathParam("patientId") UUID patientId, @FormParam(ConsoleCsrf.FIELD) String csrf,
                            @FormParam("key") List<String> keys, @FormParam("value") List<String> values,
                            @FormParam("reason") String reason, @FormParam("order") String order,
                            @FormParam("orderNote") String orderNote) {
        return proposals.propose(patientId, keys, values, reason, "true".equals(order), orderNote);
    }

    @GET
    @Path("/changes/{id}")
    @Audited(value = AccessAction.READ, resource = "threshold-change")
    public TemplateInstance change(@PathParam("id") UUID id, @QueryParam("utfort") String done) {
        return ThresholdTemplates.change(ChangeView.of(queries.one(id)), null, ChangeSteps.done(done));
    }

    @POST
    @Path("/changes/{id}/order")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Audited(value = AccessAction.UPDATE, resource = "threshold-change")
    public Response order(@PathParam("id") UUID id, @FormParam(ConsoleCsrf.FIELD) String csrf,
                          @FormParam("version") long version, @FormParam("note") String note) {
        return steps.order(id, version, note);
    }

    @POST
    @Path("/changes/{id}/verify")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Audited(value = AccessAction.UPDATE, resource = "threshold-change")
    public Response verify(@PathParam("id") UUID id, @FormParam(ConsoleCsrf.FIELD) String csrf,
                           @FormParam("version") long version, @FormParam("valuesMatchOrder") String matches,
                           @FormParam("note") String note) {
        return steps.verify(id, version, "true".equals(matches), note);
    }

    @POST
    @Path("/changes/{id}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Audited(value = AccessAction.UPDATE, resource = "threshold-change")
    public Response reject(@PathParam("id") UUID id, @FormParam(ConsoleCsrf.FIELD) String csrf,
                           @FormParam("version") long version, @FormParam("reason") String reason) {
        return steps.reject(id, version, reason);
    }

    @POST
    @Path("/changes/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Audited(value = AccessAction.UPDATE, resource = "threshold-change")
    public Response withdraw(@PathParam("id") UUID id, @FormParam(ConsoleCsrf.FIELD) String csrf,
                             @FormParam("version") long version, @FormParam("reason") String reason) {
        return steps.withdraw(id, version, reason);
    }
}

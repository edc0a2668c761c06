package no.mila.dho.console.municipality;

import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
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
import no.mila.dho.shared.security.Roles;

/**
 * The coordinator's pages (issue 17 item 5): the municipality overview (no clinical content), the referral of a new
 * patient, and a patient's assessment with the pathway's checklist, allocation with consent and baseline, and
 * equipment. Each is the API's application service with the API's roles and access-log rows; a patient of another
 * municipality is the API's 404, which the console shows as its error page, without patient data.
 */
@Path(PatientPages.ROOT)
@CsrfChecked
@Produces(MediaType.TEXT_HTML)
public class ConsoleMunicipalityResource {

    private final Overview overview;
    private final Referrals referrals;
    private final Assessments assessments;
    private final Allocations allocations;
    private final EquipmentPages equipment;

    public ConsoleMunicipalityResource(Overview overview, Referrals referrals, Assessments assessments,
                                       Allocations allocations, EquipmentPages equipment) {
        this.overview = overview;
        this.referrals = referrals;
        this.assessments = assessments;
        this.allocations = allocations;
        this.equipment = equipment;
    }

    /** The overview of a municipality ({@code ?kommune=}; a coordinator's own by default). */
    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.NURSE})
    @Audited(value = AccessAction.SEARCH, resource = "municipality-overview")
    public TemplateInstance overview(@QueryParam("kommune") String municipality) {
        return MunicipalityTemplates.overview(overview.of(municipality));
    }

    @GET
    @Path("/referrals/new")
    @RolesAllowed({Roles.NURSE, Roles.COORDINATOR})
    public TemplateInstance referralForm() {
        return MunicipalityTemplates.referral(referrals.blank());
    }

    @POST
    @Path("/referrals/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.NURSE, Roles.COORDINATOR})
    @Audited(value = AccessAction.CREATE, resource = "patient")
    public Response refer(@FormParam(ConsoleCsrf.FIELD) String csrf, @BeanParam ReferralForm form) {
        return referrals.submit(form.state());
    }

    @GET
    @Path("/patients/{patientId}/assessment")
    @RolesAllowed({Roles.NURSE, Roles.COORDINATOR})
    @Audited(value = AccessAction.READ, resource = "episode")
    public TemplateInstance assessment(@PathParam("patientId") UUID patientId, @QueryParam("utfort") String done) {
        return MunicipalityTemplates.assessment(assessments.page(patientId, PatientPages.notice(done)));
    }

    @POST
    @Path("/patients/{patientId}/assessment")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.NURSE, Roles.COORDINATOR})
    @Audited(value = AccessAction.UPDATE, resource = "episode")
    public Response assess(@PathParam("patientId") UUID patientId, @FormParam(ConsoleCsrf.FIELD) String csrf,
                           @FormParam("episode") String episodeId, @FormParam("answer") List<String> answers,
                           @FormParam("note") String note) {
        return assessments.submit(patientId, episodeId, answers, note);
    }

    @GET
    @Path("/patients/{patientId}/allocation")
    @RolesAllowed({Roles.NURSE, Roles.COORDINATOR})
    @Audited(value = AccessAction.READ, resource = "episode")
    public TemplateInstance allocation(@PathParam("patientId") UUID patientId, @QueryParam("utfort") String done) {
        return MunicipalityTemplates.allocation(allocations.page(patientId, PatientPages.notice(done)));
    }

    @POST
    @Path("/patients/{patientId}/allocation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.NURSE, Roles.COORDINATOR})
    @Audited(value = AccessAction.UPDATE, resource = "episode")
    public Response allocate(@PathParam("patientId") UUID patientId, @FormParam(ConsoleCsrf.FIELD) String csrf,
                             @BeanParam Allocations.Form form) {
        return allocations.submit(patientId, form);
    }

    @GET
    @Path("/patients/{patientId}/equipment")
    @RolesAllowed({Roles.NURSE, Roles.COORDINATOR})
    @Audited(value = AccessAction.READ, resource = "equipment")
    public TemplateInstance equipment(@PathParam("patientId") UUID patientId, @QueryParam("utfort") String done) {
        return MunicipalityTemplates.equipment(equipment.page(patientId, PatientPages.notice(done)));
    }

    @POST
    @Path("/patients/{patientId}/equipment")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.NURSE, Roles.COORDINATOR})
    @Audited(value = AccessAction.CREATE, resource = "equipment")
    public Response handOut(@PathParam("patientId") UUID patientId, @FormParam(ConsoleCsrf.FIELD) String csrf,
                            @FormParam("type") String type, @FormParam("serialNumber") String serialNumber,
                            @FormParam("handedOutOn") String handedOutOn) {
        return equipment.handOut(patientId, type, serialNumber, handedOutOn);
    }

    @POST
    @Path("/patients/{patientId}/equipment/{equipmentId}/return")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.NURSE, Roles.COORDINATOR})
    @Audited(value = AccessAction.UPDATE, resource = "equipment")
    public Response returned(@PathParam("patientId") UUID patientId, @PathParam("equipmentId") UUID equipmentId,
                             @FormParam(ConsoleCsrf.FIELD) String csrf, @FormParam("returnedOn") String returnedOn) {
        return equipment.markReturned(patientId, equipmentId, returnedOn);
    }
}

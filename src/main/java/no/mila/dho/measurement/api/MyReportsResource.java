package no.mila.dho.measurement.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.mila.dho.audit.Audited;
import no.mila.dho.audit.domain.AccessAction;
import no.mila.dho.measurement.application.ReportAnswer;
import no.mila.dho.measurement.application.ReportService;
import no.mila.dho.patient.api.MeResource;
import no.mila.dho.shared.security.CurrentUser;
import no.mila.dho.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The patient's own reports, from the patient's app. */
@Path("/api/me/reports")
@Tag(name = "Me (patient)")
public class MyReportsResource {

    private final ReportService reports;
    private final CurrentUser user;

    public MyReportsResource(ReportService reports, CurrentUser user) {
        this.reports = reports;
        this.user = user;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PATIENT)
    @Audited(value = AccessAction.CREATE, resource = "report")
    @Operation(summary = "Send a report; the answer says the zone, why, and what to do. Retrying with the "
            + "same reportId returns the same answer; another body under that id is refused (422)")
    @APIResponse(responseCode = "201", description = "The evaluated report (also for a retried report)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportAnswer.class)))
    @APIResponse(responseCode = "404", description = MeResource.NO_RECORD)
    @APIResponse(responseCode = "409", description = "The patient is not in follow-up: the report was not stored (not-in-follow-up)")
    @APIResponse(responseCode = "422", description = "The reportId was already used for another report (report-id-reused)")
    public Response submit(@Valid @NotNull ReportRequest body) {
        return ReportResponses.created(reports.submitOwn(user.subject(), body.command(),
                new ReportService.Sender(user.subject(), user.displayName(), Roles.PATIENT, false)));
    }
}

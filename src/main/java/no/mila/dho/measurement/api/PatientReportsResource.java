package no.mila.dho.measurement.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import no.mila.dho.audit.Audited;
import no.mila.dho.audit.domain.AccessAction;
import no.mila.dho.measurement.application.ReportAnswer;
import no.mila.dho.measurement.application.ReportService;
import no.mila.dho.patient.application.PatientAccess;
import no.mila.dho.shared.security.CurrentUser;
import no.mila.dho.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reports entered by the follow-up service on a patient's behalf (e.g. read out on the phone). */
@Path("/api/patients/{patientId}/reports")
@Tag(name = "Measurements")
public class PatientReportsResource {

    private final ReportService reports;
    private final PatientAccess access;
    private final CurrentUser user;

    public PatientReportsResource(ReportService reports, PatientAccess access, CurrentUser user) {
        this.reports = reports;
        this.access = access;
        this.user = user;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NURSE)
    @Audited(value = AccessAction.CREATE, resource = "report")
    @Operation(summary = "Enter a report on the patient's behalf (marked as such)")
    @APIResponse(responseCode = "201", description = "The evaluated report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportAnswer.class)))
    @APIResponse(responseCode = "409", description = "The patient is not in follow-up: the report was not stored (not-in-follow-up)")
    @APIResponse(responseCode = "422", description = "The reportId was already used for another report (report-id-reused)")
    public Response submit(@PathParam("patientId") UUID patientId, @Valid @NotNull ReportRequest body) {
        access.requireClinical(patientId);
        return ReportResponses.created(reports.submitFor(patientId, body.command(),
                new ReportService.Sender(user.subject(), user.displayName(), Roles.NURSE, true)));
    }
}
